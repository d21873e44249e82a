import { describe, expect, it } from 'vitest';
import { objectOf, subjectOf } from '../../src/answer/subject';

describe('verb phrases', () => {
  it('ends an object at a participle that opens a clause about it', () => {
    const text = 'Police opened fire and arrested four students chanting slogans near the gate.';
    expect(objectOf(text, text.indexOf('arrested'), 0)?.text).toBe('four students');
  });

  it('keeps a noun that ends in -ing inside the object', () => {
    const text = 'Rebels attacked the main building on Friday.';
    expect(objectOf(text, text.indexOf('attacked'), 0)?.text).toContain('building');
  });

  it('reads the subject before a verb', () => {
    const text = 'Cyber activists hacked state institutions.';
    expect(subjectOf(text, text.indexOf('hacked'), 0)?.text).toBe('Cyber activists');
  });
});
