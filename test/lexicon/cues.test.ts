import { describe, expect, it } from 'vitest';
import { AS_CLAUSE_CUES, CUE_FORMS, INFINITIVE_CUES, LISTENER_NOUNS, NAMING_CUES, NON_SPEECH_OBJECTS, NOUN_CUES, QUESTION_CUES, QUESTION_OPENERS } from '../../src/lexicon/cues';

const byForm = new Map(CUE_FORMS.map((f) => [f.form, f]));

describe('cue lexicon', () => {
  it('lists the participles of common saying verbs and the wider verbs of stating as plain cues', () => {
    for (const f of ['suggesting', 'denying', 'confirming', 'urging', 'reiterated', 'testified', 'affirmed']) expect(byForm.get(f)?.spun, f).toBe(false);
    for (const f of ['assured', 'reminded', 'notified']) expect(byForm.get(f)?.role, f).toBe('tell');
  });

  it('lists questioning cues as quotation cues, and their openers as function words', () => {
    for (const f of QUESTION_CUES) expect(byForm.get(f)?.quoteOnly, f).toBe(true);
    expect(QUESTION_CUES.has('asked')).toBe(true);
    expect([...QUESTION_OPENERS]).toEqual(expect.arrayContaining(['whether', 'if']));
    expect(LISTENER_NOUNS.has('media')).toBe(true);
  });

  it('lists each form once, in lower case, trimmed', () => {
    const forms = CUE_FORMS.map((f) => f.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const f of forms) expect(f).toBe(f.toLowerCase().trim());
  });

  it('lists every "as"-clause cue as a plain cue form, and a plural saying noun', () => {
    for (const f of AS_CLAUSE_CUES) expect(byForm.get(f)?.spun, f).toBe(false);
    expect(NOUN_CUES.charges).toBe('claimed');
  });

  it('maps every spun form back to a plain form of the same role', () => {
    for (const f of CUE_FORMS.filter((x) => x.spun)) {
      const plain = byForm.get(f.lemma);
      expect(plain, `${f.form} → ${f.lemma}`).toBeDefined();
      expect(plain!.spun).toBe(false);
      expect(plain!.role).toBe(f.role);
    }
  });

  it.each([
    ['stated', 'said'],
    ['mentioned', 'said'],
    ['talked about', 'said'],
    ['advised', 'told'],
    ['informed', 'told'],
    ['instructed', 'told'],
    ['in response to', 'according to'],
    ['in accordance with', 'according to'],
    ['in keeping with', 'according to'],
    ['consistent with', 'according to'],
    ['introduced', 'added'],
    ['defined', 'explained'],
    ['cautioned', 'warned'],
  ])('reads the spinner’s %s as %s', (form, lemma) => {
    expect(byForm.get(form)?.lemma).toBe(lemma);
    expect(byForm.get(form)?.spun).toBe(true);
  });

  it('keeps plain cues as their own lemma', () => {
    for (const f of ['said', 'told', 'according to', 'warned', 'argued', 'insisted', 'accused']) {
      expect(byForm.get(f)).toMatchObject({ lemma: f, spun: false });
    }
  });

  it('lists non-speech objects only for known cue forms', () => {
    for (const form of Object.keys(NON_SPEECH_OBJECTS)) expect(byForm.has(form), form).toBe(true);
  });
});

describe('listener nouns', () => {
  it('are lower-case nouns that can close a named listener, none of them a cue', () => {
    for (const n of LISTENER_NOUNS) {
      expect(n).toMatch(/^\p{Ll}+$/u);
      expect(byForm.has(n)).toBe(false);
    }
    expect(LISTENER_NOUNS.has('programme')).toBe(true);
  });
});

describe('noun cues', () => {
  it('map each lower-case noun to a verb cue of the lexicon', () => {
    for (const [noun, verb] of Object.entries(NOUN_CUES)) {
      expect(noun).toMatch(/^\p{Ll}+$/u);
      expect(byForm.get(verb), `${noun} → ${verb}`).toBeDefined();
    }
  });
});

describe('infinitive cues', () => {
  it('are participle cue forms of the lexicon', () => {
    for (const f of INFINITIVE_CUES) {
      expect(f).toMatch(/ing$/);
      expect(byForm.has(f)).toBe(true);
    }
  });

  it('lists naming cues once, lower case, with the common ones', () => {
    expect(new Set(NAMING_CUES).size).toBe(NAMING_CUES.length);
    for (const c of NAMING_CUES) expect(c).toBe(c.toLowerCase().trim());
    expect(NAMING_CUES).toEqual(expect.arrayContaining(['called', 'known as', 'dubbed', 'nicknamed']));
  });
});
