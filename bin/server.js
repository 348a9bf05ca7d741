// `npm start`: the server, compiled (see dist.js), in this one process so signals reach it.
import { distEntry } from './dist.js';

await import(await distEntry('main'));
