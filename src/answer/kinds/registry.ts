import type { AnswerKind } from '../pipeline/types.ts';
import { availability } from './availability.ts';
import { category } from './category.ts';
import { certifications } from './certifications.ts';
import { contact } from './contact.ts';
import { cvLink } from './cv-link.ts';
import { education } from './education.ts';
import { experience } from './experience.ts';
import { expertise } from './expertise.ts';
import { exploring } from './exploring.ts';
import { faq } from './faq.ts';
import { followUp } from './follow-up.ts';
import { help } from './help.ts';
import { identity } from './identity.ts';
import { impact } from './impact.ts';
import { inYear } from './in-year.ts';
import { industries } from './industries.ts';
import { interests } from './interests.ts';
import { languages } from './languages.ts';
import { leadership } from './leadership.ts';
import { leaning } from './leaning.ts';
import { levelAsked } from './level-asked.ts';
import { location } from './location.ts';
import { now } from './now.ts';
import { pitch } from './pitch.ts';
import { principles } from './principles.ts';
import { project } from './project.ts';
import { projects } from './projects.ts';
import { promotion } from './promotion.ts';
import { pronouns } from './pronouns.ts';
import { references } from './references.ts';
import { refusal } from './refusal.ts';
import { role } from './role.ts';
import { roles } from './roles.ts';
import { search } from './search.ts';
import { skill } from './skill.ts';
import { skills } from './skills.ts';
import { smalltalk } from './smalltalk.ts';
import { talks } from './talks.ts';
import { teamFit } from './team-fit.ts';
import { title } from './title.ts';
import { titleAsked } from './title-asked.ts';
import { weaknesses } from './weaknesses.ts';
import { willingness } from './willingness.ts';
import { workedIn } from './worked-in.ts';

/**
 * Every kind of answer the engine gives. Each proposes a candidate (or nothing) for every
 * question; the chooser takes the best. Adding a kind is one file and one line here. The order
 * breaks ties and sets the order of suggestions.
 */
export const KINDS: readonly AnswerKind[] = [
  refusal,
  smalltalk,
  help,
  project,
  role,
  workedIn,
  languages,
  certifications,
  leaning,
  category,
  skill,
  faq,
  followUp,
  search,
  now,
  talks,
  interests,
  skills,
  projects,
  experience,
  contact,
  cvLink,
  impact,
  promotion,
  roles,
  inYear,
  leadership,
  location,
  education,
  principles,
  teamFit,
  pitch,
  references,
  willingness,
  weaknesses,
  exploring,
  industries,
  identity,
  titleAsked,
  levelAsked,
  title,
  pronouns,
  availability,
  expertise,
];
