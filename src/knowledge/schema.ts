import { z } from 'zod';

/**
 * The one source of truth for the shape of an owner's profile knowledge.
 * `knowledge/profile.schema.json` is generated from these schemas (`npm run schema`).
 */

const Text = z.string().trim().min(1, 'must not be empty');
const TextList = z.array(Text).default([]);

/** An id usable in URLs and commands: lower-case words joined by dashes. */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case words joined by dashes, e.g. "my-project"',
  );

export const UrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const LinkSchema = z.strictObject({
  label: Text,
  url: UrlSchema,
});
export type Link = z.infer<typeof LinkSchema>;

export const HandleSchema = z.strictObject({
  label: Text.describe('The network, e.g. "Discord", "WeChat", "Telegram"'),
  handle: Text.describe('The account name as the owner writes it, e.g. "renata.ibg"'),
});
export type Handle = z.infer<typeof HandleSchema>;

export const PronounsSchema = z
  .strictObject({
    subject: Text.describe('e.g. "she", "he", "they"'),
    object: Text.describe('e.g. "her", "him", "them"'),
    possessive: Text.describe('e.g. "her", "his", "their"'),
  })
  .describe('How answers refer to the owner. Defaults to they/them/their.');
export type Pronouns = z.infer<typeof PronounsSchema>;

export const IdentitySchema = z.strictObject({
  name: Text.describe('Full name, as it should appear in answers.'),
  shortName: Text.optional().describe(
    'What answers call the owner after the first mention ("Hà" for "Phạm Thu Hà"). Default: the first word of the name.',
  ),
  pronouns: PronounsSchema.default({ subject: 'they', object: 'them', possessive: 'their' }),
  title: Text.describe('Current job title, e.g. "Senior Backend Engineer".'),
  headline: Text.optional().describe('One line that sums the owner up.'),
  location: Text.optional(),
  yearsOfExperience: z
    .number()
    .min(0)
    .max(80)
    .optional()
    .describe('Whole years of professional experience.'),
  yearsOfExperienceNote: Text.optional().describe('How the years are phrased, e.g. "6+".'),
  availability: Text.optional().describe(
    'When and how the owner can be hired, in their words: "Open to remote contract work from January 2027".',
  ),
});

export const SkillSchema = z.strictObject({
  name: Text,
  aliases: TextList.describe('Other names people use: "k8s" for Kubernetes, "postgres" ...'),
  note: Text.optional().describe('A qualifier the owner gives, e.g. "selective".'),
});
export type Skill = z.infer<typeof SkillSchema>;

export const SkillCategorySchema = z.strictObject({
  id: IdSchema,
  name: Text,
  aliases: TextList.describe('Words people use for this group, e.g. "db", "data stores".'),
  note: Text.optional(),
  skills: z.array(SkillSchema).min(1, 'a skill category needs at least one skill'),
});
export type SkillCategory = z.infer<typeof SkillCategorySchema>;

export const ProjectSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  aliases: TextList,
  summary: Text,
  details: TextList,
  technologies: TextList,
  links: z.array(LinkSchema).default([]),
});
export type Project = z.infer<typeof ProjectSchema>;

export const RoleSchema = z.strictObject({
  company: Text,
  title: Text,
  start: Text.optional().describe('e.g. "2021-03" or "2021"'),
  end: Text.optional().describe('e.g. "2023-06", or omitted / "present" for the current role'),
  location: Text.optional(),
  summary: Text.optional(),
  highlights: TextList,
  technologies: TextList,
});
export type Role = z.infer<typeof RoleSchema>;

export const EducationSchema = z.strictObject({
  institution: Text,
  degree: Text.optional(),
  field: Text.optional(),
  start: Text.optional(),
  end: Text.optional(),
  details: TextList,
});
export type Education = z.infer<typeof EducationSchema>;

export const CertificationSchema = z.strictObject({
  name: Text,
  issuer: Text.optional(),
  year: Text.optional(),
  url: UrlSchema.optional(),
});
export type Certification = z.infer<typeof CertificationSchema>;

export const SpokenLanguageSchema = z.strictObject({
  name: Text,
  proficiency: Text.optional(),
});

export const PublicationSchema = z.strictObject({
  kind: z.enum(['talk', 'article', 'publication', 'podcast', 'other']).default('other'),
  title: Text,
  venue: Text.optional().describe('Conference, journal, blog or publisher.'),
  date: Text.optional(),
  url: UrlSchema.optional(),
  summary: Text.optional(),
});
export type Publication = z.infer<typeof PublicationSchema>;

export const AwardSchema = z.strictObject({
  title: Text,
  awarder: Text.optional(),
  date: Text.optional(),
  summary: Text.optional(),
});
export type Award = z.infer<typeof AwardSchema>;

export const VolunteerSchema = z.strictObject({
  organization: Text,
  position: Text.optional(),
  start: Text.optional(),
  end: Text.optional(),
  summary: Text.optional(),
  highlights: TextList,
  url: UrlSchema.optional(),
});
export type Volunteer = z.infer<typeof VolunteerSchema>;

export const InterestSchema = z.strictObject({
  name: Text,
  keywords: TextList,
});
export type Interest = z.infer<typeof InterestSchema>;

export const FaqSchema = z.strictObject({
  id: IdSchema,
  questions: z.array(Text).min(1, 'an FAQ entry needs at least one question'),
  answer: Text,
});
export type Faq = z.infer<typeof FaqSchema>;

export const SectionSchema = z
  .strictObject({
    id: IdSchema,
    title: Text,
    items: TextList,
  })
  .describe('A section the importer did not recognise, kept so nothing is lost.');
export type Section = z.infer<typeof SectionSchema>;

export const ContactSchema = z.strictObject({
  email: z.email({ error: 'must be an email address' }).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s()./-]{6,30}$/, 'must be a phone number, e.g. "+43 660 481 2273"')
    .optional()
    .describe('A phone number as the owner writes it'),
  linkedin: UrlSchema.optional(),
  github: UrlSchema.optional(),
  website: UrlSchema.optional(),
  other: z.array(LinkSchema).default([]).describe('Any other channel: Twitter, Mastodon, blog ...'),
  handles: z
    .array(HandleSchema)
    .optional()
    .describe('Accounts given by name, without a link: a Discord username, a WeChat ID ...'),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ProfileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    identity: IdentitySchema,
    summary: TextList.describe('About paragraphs, in the first person or the third.'),
    expertise: TextList.describe('Areas of expertise, one short phrase each.'),
    impact: TextList.describe('Achievements, one sentence each.'),
    industries: TextList.describe('Domains worked in: fintech, health, e-commerce ...'),
    skills: z.array(SkillCategorySchema).default([]),
    projects: z.array(ProjectSchema).default([]),
    roles: z.array(RoleSchema).default([]),
    education: z.array(EducationSchema).default([]),
    certifications: z.array(CertificationSchema).default([]),
    languages: z.array(SpokenLanguageSchema).default([]),
    publications: z
      .array(PublicationSchema)
      .default([])
      .describe('Talks, articles, papers and podcasts.'),
    awards: z.array(AwardSchema).default([]),
    volunteer: z.array(VolunteerSchema).default([]),
    interests: z.array(InterestSchema).default([]),
    principles: TextList,
    exploring: TextList.describe('What the owner is learning or exploring now.'),
    contact: ContactSchema.default({ other: [] }),
    faq: z.array(FaqSchema).default([]),
    sections: z.array(SectionSchema).default([]),
  })
  .superRefine(
    (profile, ctx) => {
      const unique = (ids: string[], path: string) => {
        const seen = new Map<string, number>();
        ids.forEach((id, index) => {
          const first = seen.get(id);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [path, index, 'id'],
              message: `duplicate id "${id}" (first used at ${path}.${first})`,
            });
          } else seen.set(id, index);
        });
      };
      // Runs even when other fields failed, so every problem is listed at once: guard the shapes.
      const ids = (list: unknown) =>
        Array.isArray(list)
          ? list.map((item) => String((item as { id?: unknown })?.id ?? '')).filter(Boolean)
          : [];
      unique(ids(profile.skills), 'skills');
      unique(ids(profile.projects), 'projects');
      unique(ids(profile.faq), 'faq');
      unique(ids(profile.sections), 'sections');
    },
    { when: () => true },
  );

export type Profile = z.infer<typeof ProfileSchema>;
/** What a knowledge file may contain before defaults are applied. */
export type ProfileInput = z.input<typeof ProfileSchema>;

/** The JSON Schema editors use to autocomplete and check `knowledge/*.yaml`. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ProfileSchema, { io: 'input', target: 'draft-7' }),
    title: 'portfolio-bot profile knowledge',
  };
}
