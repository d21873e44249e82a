/**
 * A stand-in answer layer for the bot's tests: answers cite real sentences of a real article, so the
 * bot and its rendering are tested apart from extraction quality (the real Dossier is tested elsewhere).
 */
import { articleName, articleRef, citeSpan } from '../../src/answer/cite';
import type { Answer, AnswerKind, Citation } from '../../src/answer/types';
import type { Article } from '../../src/article/types';
import type { ChatMessage, DossierApi } from '../../src/bot/dossier';

export class StubDossier implements DossierApi {
  readonly calls: { method: string; args: unknown[] }[] = [];
  constructor(private readonly article: Article) {}

  private cite(i: number): Citation {
    const s = this.article.sentences[i % this.article.sentences.length]!;
    return citeSpan(this.article, s.paragraph, s.start, s.end);
  }

  private answer(kind: AnswerKind, title: string, text: string, citations: number[], extra: Partial<Answer> = {}): Answer {
    return { kind, answered: citations.length > 0, title, text, citations: citations.map((i) => this.cite(i)), sections: [], suggestions: [], notes: [], ...extra };
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  ask(question: string): Answer {
    this.record('ask', question);
    return this.answer('ask', question, 'The article says so.', [0, 1]);
  }
  actor(name: string): Answer {
    this.record('actor', name);
    if (name === 'nobody') return this.answer('actor', name, 'The articles do not mention them.', [], { suggestions: ['@everyone', 'Someone'] });
    return this.answer('actor', name, `${name} appears in the article.`, [2]);
  }
  claims(opts: { actor?: string; topic?: string } = {}): Answer {
    this.record('claims', opts);
    // Long enough to need several pages, so "More" is offered.
    const items = this.article.sentences.slice(0, 60).map((s, i) => ({ text: s.text, citation: this.cite(i) }));
    return this.answer('claims', 'Claims', 'Who said what.', [3], { sections: [{ heading: 'Quotes', items }, { heading: 'Reported', items }] });
  }
  timeline(): Answer {
    this.record('timeline');
    return this.answer('timeline', 'Timeline', '', [4], { sections: [{ heading: 'Dates', items: [{ text: 'Monday (relative to publication)', citation: this.cite(4) }] }] });
  }
  source(opts: { paragraph: number; article?: string }): Answer {
    this.record('source', opts);
    const p = this.article.paragraphs[opts.paragraph - 1];
    if (!p) return this.answer('source', `¶${opts.paragraph}`, 'There is no such paragraph.', []);
    const i = this.article.sentences.findIndex((s) => s.paragraph === p.index);
    return this.answer('source', `¶${p.index}`, p.text, [i]);
  }
  brief(opts: { article?: string } = {}): Answer {
    this.record('brief', opts);
    return this.answer('brief', articleName(articleRef(this.article)), 'What the article reports.', [0], {
      sections: [
        { heading: 'Who', items: [{ text: 'An actor', citation: this.cite(1) }] },
        { heading: 'Said', items: [{ text: 'A claim', citation: this.cite(2) }] },
      ],
      notes: ['This article looks machine-paraphrased; wording outside quotes may be distorted.'],
    });
  }
  digest(messages: ChatMessage[]): Answer {
    this.record('digest', messages);
    return this.answer('digest', 'Digest', `${messages.length} messages discussed the article.`, [5], {
      sections: [{ heading: 'Discussed', items: messages.map((m) => ({ text: `${m.author}: ${m.content}`, citation: this.cite(5) })) }],
    });
  }
  check(text: string): Answer {
    this.record('check', text);
    return this.answer('check', 'Sources', 'These sentences bear on the message.', [6]);
  }
  about(): Answer {
    this.record('about');
    return this.answer('about', 'About', '1 article loaded.', [], { answered: true, notes: ['Paraphrased text.'] });
  }
  help(): Answer {
    this.record('help');
    return this.answer('help', 'Help', 'Use /ask, /actor, /claims.', [], { answered: true });
  }
  autocomplete(prefix: string): { name: string; value: string }[] {
    this.record('autocomplete', prefix);
    return Array.from({ length: 40 }, (_, i) => ({ name: `${prefix || 'Actor'} ${i} `.repeat(12), value: `${prefix || 'Actor'} ${i}` }));
  }
  articleChoices(typed: string): { name: string; value: string }[] {
    this.record('articleChoices', typed);
    return [{ name: articleName(articleRef(this.article)), value: this.article.id }];
  }
}
