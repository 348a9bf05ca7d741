import { z } from 'zod';

// The fields this reader uses, typed once the official schema has checked the document.
const Str = z.string().optional();
const Strs = z.array(z.string()).optional();
const Dated = { startDate: Str, endDate: Str, summary: Str, highlights: Strs, url: Str };
export const JsonResumeSchema = z.looseObject({
  basics: z
    .looseObject({
      name: Str,
      label: Str,
      image: Str,
      email: Str,
      phone: Str,
      url: Str,
      summary: Str,
      location: z
        .looseObject({ address: Str, postalCode: Str, city: Str, countryCode: Str, region: Str })
        .optional(),
      profiles: z.array(z.looseObject({ network: Str, username: Str, url: Str })).optional(),
    })
    .optional(),
  work: z
    .array(z.looseObject({ name: Str, position: Str, location: Str, description: Str, ...Dated }))
    .optional(),
  volunteer: z.array(z.looseObject({ organization: Str, position: Str, ...Dated })).optional(),
  education: z
    .array(
      z.looseObject({
        institution: Str,
        url: Str,
        area: Str,
        studyType: Str,
        startDate: Str,
        endDate: Str,
        score: Str,
        courses: Strs,
      }),
    )
    .optional(),
  awards: z.array(z.looseObject({ title: Str, date: Str, awarder: Str, summary: Str })).optional(),
  certificates: z.array(z.looseObject({ name: Str, date: Str, url: Str, issuer: Str })).optional(),
  publications: z
    .array(z.looseObject({ name: Str, publisher: Str, releaseDate: Str, url: Str, summary: Str }))
    .optional(),
  skills: z.array(z.looseObject({ name: Str, level: Str, keywords: Strs })).optional(),
  languages: z.array(z.looseObject({ language: Str, fluency: Str })).optional(),
  interests: z.array(z.looseObject({ name: Str, keywords: Strs })).optional(),
  references: z.array(z.looseObject({ name: Str, reference: Str })).optional(),
  meta: z.unknown().optional(),
  projects: z
    .array(
      z.looseObject({
        name: Str,
        description: Str,
        keywords: Strs,
        roles: Strs,
        entity: Str,
        type: Str,
        ...Dated,
      }),
    )
    .optional(),
});
export type JsonResume = z.infer<typeof JsonResumeSchema>;
