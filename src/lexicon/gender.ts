/**
 * Words that tell a person's gender, for agreeing "he"/"she" with the right antecedent: honorifics and titles
 * before a name, and nouns that describe a person ("the actress", "his wife"). Lower case, without a final dot.
 * Titles that say nothing of gender (Dr, Sen., President) are absent on purpose.
 */
export type Gender = 'male' | 'female';

export const MALE_WORDS: readonly string[] = [
  'mr', 'sir', 'lord', 'baron', 'monsieur', 'herr', 'señor', 'senor', 'king', 'prince', 'duke', 'earl', 'emperor',
  'sultan', 'emir', 'sheikh', 'pope', 'father', 'brother', 'congressman', 'councilman', 'assemblyman', 'alderman',
  'spokesman', 'chairman', 'businessman', 'husband', 'son', 'boyfriend', 'man', 'boy', 'uncle', 'nephew', 'grandfather',
];

export const FEMALE_WORDS: readonly string[] = [
  'mrs', 'ms', 'miss', 'dame', 'lady', 'baroness', 'madam', 'madame', 'mme', 'frau', 'señora', 'senora', 'queen',
  'princess', 'duchess', 'countess', 'empress', 'sister', 'mother', 'congresswoman', 'councilwoman', 'assemblywoman',
  'spokeswoman', 'chairwoman', 'businesswoman', 'actress', 'wife', 'daughter', 'girlfriend', 'woman', 'girl', 'aunt',
  'niece', 'grandmother',
];

/** Given names that are also English words (see given-names.ts), with the gender they usually have. */
export const WORD_GIVEN_NAME_GENDER: Readonly<Record<string, Gender>> = {
  will: 'male', bill: 'male', frank: 'male', ray: 'male', rich: 'male', art: 'male', jay: 'male', gene: 'male',
  max: 'male', dick: 'male', rod: 'male', dean: 'male', rusty: 'male', miles: 'male', rex: 'male', guy: 'male',
  bud: 'male', cliff: 'male', chip: 'male', rose: 'female', hope: 'female', dawn: 'female', penny: 'female',
  joy: 'female', faith: 'female', jean: 'female', holly: 'female', daisy: 'female', lily: 'female', ruby: 'female',
  crystal: 'female', pearl: 'female', olive: 'female', violet: 'female', hazel: 'female', jasmine: 'female',
  kitty: 'female', jade: 'female', misty: 'female', melody: 'female',
};

/** Third-person pronouns of one gender, subject and object forms. */
export const GENDERED_PRONOUNS: Readonly<Record<string, Gender>> = {
  he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female',
};
