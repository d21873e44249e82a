/**
 * Nouns that name a quantity a what-question asks ("what was the *vote*", "what is the inflation *target*"): the
 * answer is a figure of the kind, not who or what the noun is. By the kind of figure a text gives for them.
 */
export const MEASURE_NOUNS: Readonly<Record<'share' | 'money' | 'tally', readonly string[]>> = {
  share: ['rate', 'rates', 'target', 'percentage', 'share', 'proportion', 'turnout', 'inflation', 'unemployment', 'growth', 'polling', 'approval', 'majority'],
  money: ['revenue', 'revenues', 'profit', 'profits', 'loss', 'losses', 'price', 'cost', 'salary', 'budget', 'fine', 'income', 'sales', 'debt', 'deficit', 'wage', 'wages', 'fee', 'fees', 'bill', 'turnover', 'valuation'],
  tally: ['vote', 'score', 'scoreline', 'tally', 'result', 'margin', 'count'],
};
