import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '../knowledge/schema.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

/** `portfolio-bot schema [--out FILE]`: the knowledge JSON Schema, for editors. */
export const schemaCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, { out: { type: 'string' } });
  const json = `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out as string, json);
    io.stdout(`wrote ${values.out}`);
  } else io.stdout(json.trimEnd());
  return EXIT.ok;
};
