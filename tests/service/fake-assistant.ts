import type { Answer } from '../../src/answer/answer.ts';
import type { Assistant } from '../../src/answer/assistant.ts';
import type { Profile } from '../../src/knowledge/schema.ts';

/**
 * A hand-made assistant with realistic answers, so the service and the web chat can be tested
 * on what they do with an answer rather than on how the engine finds it.
 */
export function fakeAssistant(profile: Profile): Assistant {
  const name = profile.identity.name;
  const ask = (question: string): Answer => {
    const q = question.toLowerCase();
    if (q.includes('explode')) throw new Error('engine failure');
    if (q.includes('kubernetes') || q.includes('k8s')) {
      return {
        answered: true,
        confidence: 0.95,
        topic: 'skill',
        title: 'Kubernetes',
        text:
          `Yes: **${name}** deploys services with Kubernetes.\n` +
          '- Docker & Kubernetes deployments\n' +
          '- Distributed tracing with [Jaeger](https://www.jaegertracing.io)',
        fields: [{ name: 'Category', value: 'DevOps & Cloud', inline: true }],
        links: [{ label: 'GitHub', url: 'https://github.com/fahadkhan-fk' }],
        suggestions: ['Which projects used Kubernetes?', 'What about Docker?'],
      };
    }
    if (q.includes('contact')) {
      return {
        answered: true,
        confidence: 0.9,
        topic: 'contact',
        title: `Contact ${name}`,
        text: 'Email [fk.fahad96@gmail.com](mailto:fk.fahad96@gmail.com) or find him on [LinkedIn](https://linkedin.com/in/fahadkhan-dev-engineer).',
        fields: [],
        links: [],
        suggestions: ['Does he know Kubernetes?'],
      };
    }
    if (q.includes('<script>')) {
      return {
        answered: true,
        confidence: 0.5,
        topic: 'faq',
        title: 'Markup',
        text: 'Shown as text: <img src=x onerror="window.__pwned = true"> and [bad](javascript:alert(1))',
        fields: [],
        links: [],
        suggestions: [],
      };
    }
    if (q.includes('too much')) {
      return {
        answered: false,
        confidence: 1,
        topic: 'limit',
        title: 'Too long',
        text: 'Please ask a shorter question.',
        fields: [],
        links: [],
        suggestions: [],
      };
    }
    return {
      answered: false,
      confidence: 0.1,
      topic: 'unknown',
      title: name,
      text: `I only know about ${name}'s professional profile.`,
      fields: [],
      links: [],
      suggestions: ['What are his main skills?'],
    };
  };
  return {
    profile,
    ask,
    command: () => ask('contact'),
    complete: (partial) => (partial ? ['Does he know Kubernetes?'] : []),
  };
}
