import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/answer/verdict/statements';

/** Session 9 classes of chat that states nothing, and of statements read past chat wording. Everything is invented. */
describe('chat that wishes, cheers, vows or uses a set phrase of opinion is skipped', () => {
  const kindOf = (text: string) => splitStatements(text)[0]?.kind;

  it('skips wishes, prayers and cheers', () => {
    expect(kindOf('praying they find the crew')).toBe('chat');
    expect(kindOf('praying for velmshire rn')).toBe('chat');
    expect(kindOf('come on rovers!!')).toBe('chat');
    expect(kindOf('hope everyone there is ok')).toBe('chat');
    expect(kindOf('never flying korvair again lmao')).toBe('chat');
  });

  it('skips set phrases of opinion and interjections over a line with nothing to check', () => {
    expect(kindOf("shes stubborn ill give her that")).toBe('chat');
    expect(kindOf('harbour politics is a soap opera')).toBe('chat');
    expect(kindOf('flood season is no joke')).toBe('chat');
    expect(kindOf('ugh storm season never ends')).toBe('chat');
    expect(kindOf('damn thats rough for a small town')).toBe('chat');
    expect(kindOf('velmland is such a beautiful country')).toBe('chat');
  });

  it('still checks statements that merely start like a wish or laugh', () => {
    expect(kindOf('hopes of finding survivors faded on Tuesday')).toBe('statement');
    expect(kindOf('lol the mayor resigned on Friday')).toBe('statement');
    expect(kindOf('Ana Ruiz said she was praying for the crew')).toBe('statement');
    expect(kindOf('the judge threatened to clear the courtroom lol')).toBe('statement');
  });
});
