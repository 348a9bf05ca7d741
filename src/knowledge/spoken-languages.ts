/**
 * Names of widely spoken languages, in English. The importer uses them to tell "I speak
 * Vietnamese" from "I speak Go"; the engine to understand "how good is her Dutch?" and to say a
 * clear no to "can she speak German?" when the profile lists other languages.
 */
export const SPOKEN_LANGUAGES: readonly string[] = [
  'Afrikaans',
  'Akan',
  'Albanian',
  'American Sign Language',
  'Amharic',
  'Arabic',
  'Armenian',
  'Assamese',
  'Aymara',
  'Azerbaijani',
  'Bahasa Indonesia',
  'Bahasa Melayu',
  'Balochi',
  'Bangla',
  'Basque',
  'Belarusian',
  'Bengali',
  'Berber',
  'Bokmål',
  'Bosnian',
  'Breton',
  'British Sign Language',
  'Bulgarian',
  'Burmese',
  'Cantonese',
  'Castilian',
  'Catalan',
  'Cebuano',
  'Chinese',
  'Corsican',
  'Croatian',
  'Czech',
  'Danish',
  'Dari',
  'Dutch',
  'English',
  'Esperanto',
  'Estonian',
  'Ewe',
  'Faroese',
  'Farsi',
  'Fijian',
  'Filipino',
  'Finnish',
  'Flemish',
  'French',
  'Frisian',
  'Fula',
  'Fulani',
  'Galician',
  'Georgian',
  'German',
  'Gikuyu',
  'Greek',
  'Guarani',
  'Gujarati',
  'Haitian Creole',
  'Hakka',
  'Hausa',
  'Hawaiian',
  'Hebrew',
  'Hindi',
  'Hmong',
  'Hokkien',
  'Hungarian',
  'Icelandic',
  'Igbo',
  'Ilocano',
  'Indonesian',
  'Irish',
  'isiXhosa',
  'isiZulu',
  'Italian',
  'Jamaican Patois',
  'Japanese',
  'Javanese',
  'Kannada',
  'Kashmiri',
  'Kazakh',
  'Khmer',
  'Kikuyu',
  'Kinyarwanda',
  'Kirundi',
  'Kiswahili',
  'Korean',
  'Krio',
  'Kurdish',
  'Kyrgyz',
  'Lao',
  'Latin',
  'Latvian',
  'Lingala',
  'Lithuanian',
  'Luganda',
  'Luo',
  'Luxembourgish',
  'Macedonian',
  'Malagasy',
  'Malay',
  'Malayalam',
  'Maltese',
  'Mandarin',
  'Marathi',
  'Mongolian',
  'Māori',
  'Nahuatl',
  'Naija',
  'Nepali',
  'Nigerian Pidgin',
  'Norwegian',
  'Nynorsk',
  'Occitan',
  'Odia',
  'Oriya',
  'Oromo',
  'Panjabi',
  'Pashto',
  'Patois',
  'Persian',
  'Pidgin',
  'Polish',
  'Portuguese',
  'Punjabi',
  'Quechua',
  'Romanian',
  'Romansh',
  'Russian',
  'Samoan',
  'Sardinian',
  'Scottish Gaelic',
  'Serbian',
  'Sesotho',
  'Setswana',
  'Shona',
  'Sign Language',
  'Sindhi',
  'Sinhala',
  'Slovak',
  'Slovene',
  'Slovenian',
  'Somali',
  'Sotho',
  'Spanish',
  'Sundanese',
  'Swahili',
  'Swedish',
  'Tagalog',
  'Tajik',
  'Tamazight',
  'Tamil',
  'Tatar',
  'Telugu',
  'Thai',
  'Tibetan',
  'Tigrinya',
  'Tok Pisin',
  'Tongan',
  'Tswana',
  'Turkish',
  'Turkmen',
  'Twi',
  'Ukrainian',
  'Urdu',
  'Uyghur',
  'Uzbek',
  'Valencian',
  'Vietnamese',
  'Welsh',
  'Wolof',
  'Xhosa',
  'Yiddish',
  'Yoruba',
  'Zulu',
];

const SPOKEN = new Set(SPOKEN_LANGUAGES.map((name) => name.toLowerCase()));

/** A spoken language's name as a whole word, captured; global, for `matchAll` and `replace`. */
export function spokenLanguagePattern(): RegExp {
  return new RegExp(`\\b(${SPOKEN_LANGUAGES.join('|')})\\b`, 'g');
}

/**
 * `true` for "Vietnamese", "english", "Mandarin", and for the names other CVs give them
 * ("Inglese", "Deutsch"); `false` for "Go" or "Rust".
 */
export function isSpokenLanguage(name: string): boolean {
  const key = name.trim().toLowerCase();
  return SPOKEN.has(key) || NAMES_OF.has(key);
}

/**
 * Names of one language: the English name, the name its speakers use, an older spelling.
 * "does she speak Swahili?" is answered by a profile that lists Kiswahili.
 */
const SAME_LANGUAGE: readonly (readonly string[])[] = [
  ['Swahili', 'Kiswahili'],
  ['Māori', 'Maori', 'te reo Māori', 'te reo'],
  ['Kikuyu', 'Gikuyu'],
  ['Persian', 'Farsi', 'Dari'],
  ['Filipino', 'Tagalog'],
  ['Bengali', 'Bangla'],
  ['Chinese', 'Mandarin'],
  ['Spanish', 'Castilian'],
  ['Punjabi', 'Panjabi'],
  ['Odia', 'Oriya'],
  ['Burmese', 'Myanmar'],
  ['Zulu', 'isiZulu'],
  ['Xhosa', 'isiXhosa'],
  ['Sotho', 'Sesotho'],
  ['Tswana', 'Setswana'],
  ['Slovenian', 'Slovene'],
  ['Norwegian', 'Bokmål', 'Nynorsk'],
  ['Dutch', 'Flemish'],
  ['Malay', 'Bahasa Melayu'],
  ['Indonesian', 'Bahasa Indonesia'],
  ['Nigerian Pidgin', 'Naija', 'Pidgin'],
  ['Fula', 'Fulani'],
  ['Berber', 'Tamazight'],
  ['Jamaican Patois', 'Patois'],
];

/**
 * Spoken languages as German, French, Spanish, Italian and Polish CVs name them (and some by their own names),
 * by their English name:
 * "Deutsch (Muttersprache)" is German, and "spricht sie Englisch?" asks about English.
 */
const LANGUAGE_EXONYMS: Readonly<Record<string, readonly string[]>> = {
  English: [
    'Englisch',
    'Anglais',
    'Inglés',
    'Ingles',
    'Engels',
    'Inglês',
    'Inglese',
    'Angielski',
    'Engelska',
    'Engelsk',
  ],
  German: [
    'Deutsch',
    'Allemand',
    'Alemán',
    'Aleman',
    'Duits',
    'Alemão',
    'Tedesco',
    'Niemiecki',
    'Tyska',
    'Tysk',
  ],
  French: [
    'Französisch',
    'Français',
    'Francés',
    'Frans',
    'Francês',
    'Francese',
    'Francuski',
    'Franska',
    'Fransk',
  ],
  Spanish: [
    'Spanisch',
    'Espagnol',
    'Español',
    'Espanol',
    'Castellano',
    'Spaans',
    'Espanhol',
    'Spagnolo',
    'Hiszpański',
    'Spanska',
    'Spansk',
  ],
  Italian: ['Italienisch', 'Italien', 'Italiano', 'Italiana', 'Włoski'],
  Portuguese: ['Portugiesisch', 'Portugais', 'Portugués', 'Português', 'Portugues', 'Portoghese'],
  Dutch: ['Niederländisch', 'Holländisch', 'Néerlandais', 'Neerlandés', 'Holandés', 'Nederlands'],
  Czech: ['Tschechisch', 'Tchèque', 'Checo'],
  Slovak: ['Slowakisch', 'Slovaque', 'Eslovaco'],
  Polish: ['Polnisch', 'Polonais', 'Polaco', 'Polski'],
  Hungarian: ['Ungarisch', 'Hongrois', 'Húngaro'],
  Croatian: ['Kroatisch', 'Croate', 'Croata'],
  Serbian: ['Serbisch', 'Serbe', 'Serbio'],
  Slovenian: ['Slowenisch', 'Slovène', 'Esloveno'],
  Romanian: ['Rumänisch', 'Roumain', 'Rumano'],
  Bulgarian: ['Bulgarisch', 'Bulgare', 'Búlgaro'],
  Russian: ['Russisch', 'Russe', 'Ruso', 'Rosyjski'],
  Ukrainian: ['Ukrainisch', 'Ukrainien', 'Ucraniano', 'Ukraiński'],
  Turkish: ['Türkisch', 'Turc', 'Turco'],
  Greek: ['Griechisch', 'Grec', 'Griego'],
  Swedish: ['Schwedisch', 'Suédois', 'Sueco', 'Svenska', 'Svensk'],
  Danish: ['Dänisch', 'Danois', 'Danés', 'Danska', 'Dansk'],
  Norwegian: ['Norwegisch', 'Norvégien', 'Noruego', 'Norska', 'Norsk'],
  Finnish: ['Finnisch', 'Finnois', 'Finlandés', 'Finska', 'Finsk'],
  Arabic: ['Arabisch', 'Arabe', 'Árabe', 'Arabiska'],
  Chinese: ['Chinesisch', 'Chinois', 'Chino'],
  Japanese: ['Japanisch', 'Japonais', 'Japonés'],
  Korean: ['Koreanisch', 'Coréen', 'Coreano'],
  Hindi: ['Hindi'],
  Catalan: ['Katalanisch', 'Catalan', 'Catalán', 'Català'],
  Valencian: ['Valenciano', 'Valencià', 'Valencien', 'Valencianisch'],
  Basque: ['Baskisch', 'Basque', 'Vasco', 'Euskera'],
  Galician: ['Galicisch', 'Galicien', 'Gallego'],
  Latin: ['Latein', 'Latin', 'Latín'],
  Persian: ['Persisch', 'Persan', 'Persa'],
  Hebrew: ['Hebräisch', 'Hébreu', 'Hebreo'],
  Vietnamese: ['Vietnamesisch', 'Vietnamien', 'Vietnamita'],
  Albanian: ['Albanisch', 'Albanais', 'Albanés'],
  Bosnian: ['Bosnisch', 'Bosnien', 'Bosnio'],
  Luxembourgish: ['Luxemburgisch', 'Luxembourgeois', 'Luxemburgués'],
};

// One list per language: its English name, other names, and the names other CVs give it.
const ALL_NAMES: readonly (readonly string[])[] = [
  ...SAME_LANGUAGE.map((names) => [...names, ...(LANGUAGE_EXONYMS[names[0] ?? ''] ?? [])]),
  ...Object.entries(LANGUAGE_EXONYMS)
    .filter(([english]) => !SAME_LANGUAGE.some((names) => names[0] === english))
    .map(([english, others]) => [english, ...others]),
];

const NAMES_OF = new Map<string, readonly string[]>(
  ALL_NAMES.flatMap((names) => names.map((n) => [n.toLowerCase(), names] as const)),
);

/** Every name of the language `name` names, itself first: "Swahili" → Swahili, Kiswahili. */
export function namesOfLanguage(name: string): readonly string[] {
  const names = NAMES_OF.get(name.trim().toLowerCase()) ?? [];
  return [name, ...names.filter((n) => n.toLowerCase() !== name.trim().toLowerCase())];
}

const ENGLISH_NAME = new Map<string, string>(
  Object.entries(LANGUAGE_EXONYMS).flatMap(([english, others]) =>
    others.map((other) => [other.toLowerCase(), english] as const),
  ),
);

/** The English name of a language named in German, French or Spanish: "Deutsch" → German. */
export function englishLanguageName(name: string): string | undefined {
  return ENGLISH_NAME.get(name.trim().toLowerCase());
}

/** Every other-language name the table knows, lower-cased: what a question may say instead. */
export function foreignLanguageNames(): readonly string[] {
  return [...ENGLISH_NAME.keys()];
}
