# portfolio-bot: the web chat, plus Discord and Slack when their tokens are set.
#   docker build -t portfolio-bot .
#   docker run -p 3000:3000 -v "$PWD/knowledge:/app/knowledge" -v portfolio-data:/app/data \
#     --env-file .env portfolio-bot

# Production dependencies only. The "prepare" script compiles the server and the command line
# into dist/ (esbuild), so the sources it reads are copied here too; the image runs dist/ alone.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    KNOWLEDGE_PATH=/app/knowledge/profile.yaml \
    UNANSWERED_LOG=/app/data/unanswered.jsonl
WORKDIR /app
# Compiled JavaScript run by plain node: no TypeScript, no sources. The web chat's page is read
# from adapters/web/public, where the compiled code finds it.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY adapters/web/public ./adapters/web/public
COPY knowledge ./knowledge
# The process writes only to data/; knowledge/ is read (and watched for edits).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/knowledge", "/app/data"]
EXPOSE 3000
# The slim image has no curl: Node's own fetch checks the health endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly rather than npm, so SIGTERM from `docker stop` reaches the process and it shuts
# down gracefully.
CMD ["node", "dist/main.js"]
