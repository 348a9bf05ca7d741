import { KnowledgeError } from '../errors.ts';
import { loadKnowledge, resolveKnowledgePath } from '../knowledge/load.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

/** `portfolio-bot validate [FILE]`: checks a knowledge file and sums up what it holds. */
export const validateCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, { knowledge: { type: 'string' } });
  const file =
    positionals[0] ?? resolveKnowledgePath(values.knowledge as string | undefined, io.env);
  try {
    const profile = loadKnowledge(file);
    const skills = profile.skills.reduce((n, c) => n + c.skills.length, 0);
    io.stdout(
      `${file}: valid — ${profile.identity.name}, ${skills} skills in ${profile.skills.length} categories, ` +
        `${profile.projects.length} projects, ${profile.roles.length} roles, ${profile.faq.length} FAQ entries`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      io.stderr(error.message);
      return EXIT.invalid;
    }
    throw error;
  }
};
