import { parentPort, workerData } from 'node:worker_threads';
import { KnowledgeError } from '../errors.ts';
import { loadKnowledge } from '../knowledge/load.ts';

/** What the knowledge worker posts back: the profile, or why there is none. */
export type KnowledgeWorkerReply =
  | { ok: true; profile: unknown }
  | { ok: false; problems: KnowledgeError['problems'] }
  | { ok: false; message: string };

function reply(): KnowledgeWorkerReply {
  try {
    return { ok: true, profile: loadKnowledge(String(workerData)) };
  } catch (error) {
    if (error instanceof KnowledgeError) return { ok: false, problems: error.problems };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(reply());
