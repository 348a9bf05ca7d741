/**
 * "about me" code in languages whose literals are constructor calls: Kotlin's
 * `Developer(name = "Ada", stack = listOf("Kotlin", "Compose"))`, Swift's and Dart's
 * `Developer(name: "Ada", stack: ["Swift"])`, Go's `Developer{Name: "Ada", Stack: []string{"Go"}}`,
 * Scala's `Map("a" -> "b")`. Rewritten as a JSON5 object: a call or struct is an object, a list
 * builder an array, `name =` and `"a" to "b"` a key and its value.
 */

const LIST_BUILDER =
  /^(?:listOf|mutableListOf|arrayListOf|arrayOf|setOf|mutableSetOf|List\.of|Set\.of|Arrays\.asList|List|Seq|Set|Array|Vector|vec!|\[\]\w*)$/;
const TOKEN =
  /\s+|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`|(?:\[\])?[A-Za-z_][\w.]*!?|-?\d+(?:\.\d+)?|->|==|\/\/[^\n]*|[^\s]/gy;

/** The literal as JSON5, or `undefined` when it is no call, struct or list. */
export function constructorAsJson5(literal: string): string | undefined {
  const tokens = [...literal.matchAll(TOKEN)]
    .map((m) => m[0])
    .filter((t) => !/^\s/.test(t) && !t.startsWith('//'));
  const closers: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (/^[A-Za-z_[]/.test(token) && (next === '(' || next === '{')) {
      // A builder or a type's name with its bracket: an array or an object.
      const list = LIST_BUILDER.test(token);
      closers.push(list ? ']' : '}');
      out.push(list ? '[' : '{');
      i++;
    } else if (token === '(' || token === '{' || token === '[') {
      closers.push(token === '(' ? ')' : token === '{' ? '}' : ']');
      out.push(token);
    } else if (token === ')' || token === '}' || token === ']') out.push(closers.pop() ?? token);
    else if (token === '=' || token === 'to' || token === '->') out.push(':');
    else out.push(value(token));
  }
  const json = out.join(' ');
  return /^[[{]/.test(json) ? json : undefined;
}

/** A string, a number or a word of the code, as JSON5 writes it. */
function value(token: string): string {
  if (/^["'`]/.test(token)) {
    return JSON.stringify(token.slice(1, -1).replace(/\\(.)/g, '$1'));
  }
  if (token === 'nil' || token === 'None') return 'null';
  if (/^(?:true|false|null|-?\d+(?:\.\d+)?)$/.test(token) || /^[,:]$/.test(token)) return token;
  return /^[A-Za-z_][\w]*$/.test(token) ? token : JSON.stringify(token);
}
