/** Verbs by which someone responds to what another said or did ("X *dismissed* the claims"). Lower case. */
export const RESPONSE_VERBS: readonly string[] = ['respond', 'react', 'reply', 'answer', 'rebut', 'retort', 'call', 'dismiss', 'deny', 'reject', 'counter'];

/** Nouns for what someone said that a response takes up ("called *the remarks* divisive"). Lower case. */
export const RESPONDED_NOUNS: readonly string[] = [
  'remark', 'comment', 'statement', 'claim', 'charge', 'allegation', 'accusation', 'criticism', 'attack', 'insult',
  'suggestion', 'report', 'question', 'words', 'tweet', 'post',
];
