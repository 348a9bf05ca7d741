import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

// A CTO's post: no headings, the asks in one paragraph, the wishes in the next.
const post = `Ines Duarte • CTO at Harbourline
2d • 🌐

I'm hiring a Staff Platform Engineer. 🚚

Here's who I think will do well. You've spent at least 8 years in backend or infrastructure
engineering. Terraform has to be second nature, because you'll be writing it most weeks. We run on
GCP, so real hands-on GCP experience is a must.

None of the following are required, but I'd love to hear about them. A service mesh such as Istio
would be a plus. If you've written some Rust, even for side tooling, tell me about it. And if
you've led an OpenTelemetry rollout, that would be extremely useful right now.

What we offer: £120k base, fully remote within the UK.`;

const read = readRequirements(post);
const kindOf = (words: string) => read.find((r) => r.text.includes(words))?.kind;

describe('a hiring post in prose', () => {
  it('reads "X has to be second nature" as a must', () => {
    expect(kindOf('Terraform has to be second nature')).toBe('must');
  });

  it('reads every sentence after "None of the following are required" as a nice-to-have', () => {
    expect(kindOf('written some Rust')).toBe('nice');
    expect(kindOf('OpenTelemetry rollout')).toBe('nice');
    expect(kindOf('service mesh')).toBe('nice');
  });

  it('does not report the sentence that says so as a requirement', () => {
    expect(read.some((r) => /none of the following/i.test(r.text))).toBe(false);
  });
});
