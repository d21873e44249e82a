/**
 * Function words that carry no topic: left out when matching a question against sentences, so that
 * "What did X say about the war?" is matched on "X" and "war", not on "what", "did" or "the".
 */
export const STOPWORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'that', 'this', 'these', 'those',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as', 'into', 'onto', 'over', 'under', 'up',
  'down', 'out', 'off', 'through', 'during', 'before', 'after', 'since', 'until', 'while', 'between', 'among',
  'against', 'within', 'without', 'upon', 'via', 'per',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they',
  'them', 'their', 'theirs', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how', 'whats',
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'do', 'does', 'did', 'doing', 'done', 'have', 'has',
  'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'not', 'no', 'any', 'some', 'all', 'each', 'every', 'both', 'either', 'neither', 'such', 'own', 'same', 'other',
  'very', 'too', 'also', 'just', 'only', 'even', 'there', 'here', 'now', 'ever', 'again', 'please',
  'article', 'articles', 'story', 'report', 'text', 'mention', 'mentioned', 'according',
  // an event's own verb: "when did the crackdown happen" asks about the crackdown
  'happen', 'happens', 'happened', 'occur', 'occurs', 'occurred',
];
