import { describe, expect, it } from 'vitest';
import { BOILERPLATE_CLASS_WORDS, BOILERPLATE_EDGE_PARAGRAPHS, BOILERPLATE_PARAGRAPHS, TRAILING_TAG } from '../../src/lexicon/boilerplate';

const furniture = (p: string) => BOILERPLATE_PARAGRAPHS.some((re) => re.test(p));
const edge = (p: string) => BOILERPLATE_EDGE_PARAGRAPHS.some((re) => re.test(p));

describe('boilerplate lexicon', () => {
  it('matches page furniture', () => {
    for (const p of [
      'Advertisement',
      'Story continues below advertisement',
      'Read more: Storm season ends early in Exampleton',
      'ALSO READ: Five ports to watch',
      'Related stories',
      'Share on Facebook',
      'Share | Tweet | Email | Print',
      'Follow us on Twitter for the latest updates',
      'Sign up for our daily newsletter to get the news in your inbox',
      'Get our newsletter:',
      'Photo: Example Agency',
      '(Photo by Jane Doe/Example Agency)',
      'Getty Images',
      'By Jane Doe',
      'By Jane Doe and John Roe, Example News',
      'Updated: March 18, 2024 at 10:15 am',
      '© 2024 Example News Group. All rights reserved.',
      'Use of this site constitutes acceptance of our User Agreement and Privacy Policy',
      '3 of 10',
      'Around the web',
      'Press spacebar to pause and continue. Press esc to stop.',
      'Lese-Empfehlung',
      'Latest Videos',
      'À lire aussi :',
      'Credit: Example Agency',
      'Pictures: Example Agency',
      'Subscribe to Harbour Weekly and never miss an update!',
      'Get updates in your inbox',
      'By Jane Doe • 12.29.14',
      '2,127',
      '1.7M shares',
      "Let's be friends!",
      'Stay connected',
      'Harbour Globe Buy Here',
      'Example Store T-shirt Shop now',
    ]) {
      expect(furniture(p), p).toBe(true);
    }
  });

  it('leaves the article sentences alone', () => {
    for (const p of [
      'The council said it would publish a weekly newsletter with updates on the repairs.',
      'Read the full report, the mayor told reporters, before judging the port authority.',
      'By the end of March, forty boats had returned to the harbour.',
      'Photographers gathered at the pier as the first ferry arrived.',
      'Share prices rose 3 percent after the announcement.',
      'Updated figures released on Monday showed the repairs cost twice the estimate.',
      '(Reporting by Jane Doe; Editing by John Roe)',
      '3 of the 10 boats were damaged.',
      'Lesen Sie auch den Bericht des Hafenamts.',
      'Credit unions lent more to fishermen this year: the harbour board said so on Monday.',
      'By Tuesday, the boats were back.',
      '2,127 boats were registered.',
      'Shoppers were urged to buy now, before prices rose again.',
      'The council asked residents to stay connected to the alert service during the storm.',
    ]) {
      expect(furniture(p), p).toBe(false);
    }
  });

  it('takes a bare timestamp for furniture, a sentence with a date for text', () => {
    expect(edge('Dec 12, 2014 12:06 PM')).toBe(true);
    expect(edge('Monday, 18 March 2024')).toBe(true);
    expect(edge('On March 18, 2024, the harbour reopened.')).toBe(false);
    expect(edge('On May 23, 2014 at 1:30 PM')).toBe(true);
    expect(edge('EXAMPLETON, Examplia Tue Dec 30, 2014 11:44pm GMT')).toBe(true);
    expect(edge('The harbour reopened on Tue Dec 30, 2014 11:44pm GMT')).toBe(false);
    expect(edge('12.22.14')).toBe(true);
    expect(edge('22/12/2014')).toBe(true);
    expect(edge('12.22.2014 was the day the ferry returned.')).toBe(false);
    expect(edge('12/22-14')).toBe(false);
  });

  it('takes short lower-case lines for tags, never a sentence or a capitalised name', () => {
    for (const t of ['harbour repairs', 'storms,', 'port-authority']) expect(TRAILING_TAG.test(t), t).toBe(true);
    for (const t of ['The harbour reopened.', 'Jane Doe', 'repairs went on for weeks.']) expect(TRAILING_TAG.test(t), t).toBe(false);
  });

  it('lists class words in lower case, without duplicates', () => {
    expect(new Set(BOILERPLATE_CLASS_WORDS).size).toBe(BOILERPLATE_CLASS_WORDS.length);
    for (const w of BOILERPLATE_CLASS_WORDS) expect(w).toBe(w.toLowerCase());
  });
});
