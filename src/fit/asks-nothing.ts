/**
 * Prose outside any requirements heading (a recruiter's message, a post) holds sentences that
 * look like asks but are not: the mail's header, the role being announced, where the employer
 * sits, an invitation to talk. Their look-alike words are taken out before cues are read.
 */
import { JOB_TITLE } from './sections.ts';

/** "Subject: …", "From: …": a mail's header says what the message is, not what it asks. */
const MAIL_HEADER = /^(?:subject|re|fwd?|from|to|cc|date|sent)\s*:\s/i;

/** "Would you be open to a quick chat?": the sender asks for a conversation, not a skill. */
const INVITATION =
  /\b(?:open to|up for|fancy|keen (?:on|for)|free for|time for|interested in) (?:an? )?(?:quick |short |brief |informal |\d+[\s-]*min(?:ute)?s? )*(?:chat|call|conversation|catch[\s-]?up|coffee|talk)\b|\bspare\s+(?:\d+\s*min\w*|a few min\w*|some time|a moment)\b|\b(?:hop|jump) on a (?:quick |short )?call\b/i;

/** "…is looking for a Senior ML Engineer to join their team": the role announced, not a skill. */
const ROLE_ANNOUNCED = new RegExp(
  String.raw`\blooking for an?\s+(?:[\w-]+\s+){0,5}?${JOB_TITLE.source}(?:\s+to\s+join\b[^.;,]*)?[.!]?$`,
  'i',
);

/** "They're based in London with a hub in Amsterdam": where the employer is, not the hire. */
const EMPLOYER_PLACE =
  /\b(?:we|they|the (?:client|company|team|business))(?:'re|\s+are|\s+is)\s+(?:(?:also|mostly|currently|headquartered|located)\s+)?(?:based|headquartered|located)\s+in\b/gi;

/** "Apply even if you don't tick every box": an encouragement to apply, not an ask. */
const ENCOURAGEMENT =
  /\beven if you (?:don'?t |do not )?(?:only )?(?:tick|meet|check|match)\b|\b(?:we'd|we would) (?:rather|still) hear from you\b/i;

/**
 * "A one-year probationary period may be required", "subject to random drug testing",
 * "must complete a Selective Service Registration Statement", "Time-in-grade: current federal
 * employees …": terms of the appointment and its paperwork, not what a candidate brings.
 */
export const isTermOfAppointment = (text: string): boolean => TERMS_OF_APPOINTMENT.test(text);
const TERMS_OF_APPOINTMENT =
  /\bprobationary period\b|\bselective service\b|\bsubject to (?:random )?(?:drug|alcohol|background|credit)\b|\btime[\s-]in[\s-]grade\b|\bby the closing date\b|\bveterans'? preference\b/i;

/**
 * "I came across your profile on LinkedIn and thought you could be a great fit for a role …":
 * how a recruiter's message opens, however many place or skill words it holds.
 */
const RECRUITER_OPENING =
  /^(?:hi|hello|hey|dear)?[\s,]*(?:i (?:came across|found|saw|noticed|stumbled (?:up)?on)|i(?:'m| am) reaching out|hope you(?:'re| are)? (?:well|doing well|had)|i hope (?:you|this))\b/i;

/** "Send us your CV (or LinkedIn) and …", "DM me or apply here →": how to apply, not what to bring. */
const HOW_TO_APPLY =
  /^(?:please\s+)?(?:send|e-?mail|mail|submit|drop)\s+(?:us\s+)?(?:your|a)\s+(?:cv|resume|résumé|application|portfolio|linkedin)\b|^(?:(?:pls|please)\s+)?(?:dm|pm|message|ping)\s+me\b|^(?:(?:pls|please)\s+)?apply (?:here|now|online|via|through)\b/i;

/** Whether a sentence asks nothing of the reader whatever words it holds. */
export const asksNothing = (text: string): boolean =>
  MAIL_HEADER.test(text) ||
  HOW_TO_APPLY.test(text.trim()) ||
  RECRUITER_OPENING.test(text.trim()) ||
  ENCOURAGEMENT.test(text) ||
  (INVITATION.test(text) && /\?\s*$/.test(text));

/** The sentence with the phrases that only look like asks taken out, for reading its cues. */
export const withoutLookAlikes = (text: string): string =>
  text.replace(ROLE_ANNOUNCED, '').replace(EMPLOYER_PLACE, '');

/**
 * "Successful candidates must undergo a criminal record check": a check the employer runs on
 * whoever it appoints is a step of hiring, not something a candidate brings.
 */
export const isEmployerCheck = (text: string): boolean =>
  /\b(?:undergo|complete|pass|go through|be subject to|consent to)\b(?:\s+[\w'-]+){0,6}\s+(?:checks?|screening|vetting)\b/i.test(
    text,
  );
