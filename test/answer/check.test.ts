import { describe, expect, it } from 'vitest';
import { seedDossier } from './helpers';

describe('check (Find sources)', () => {
  it('supports a statement the article makes, citing its paragraph', () => {
    const a = seedDossier().check('Putin thanked Lukashenko for his support');
    expect(a.answered).toBe(true);
    expect(a.sections.find((s) => s.heading === 'Supports')?.items[0]?.citation?.paragraph).toBe(20);
  });

  it('flags a number the article gives otherwise', () => {
    const a = seedDossier().check('Belarusian police arrested five men');
    const contra = a.sections.find((s) => s.heading === 'May contradict');
    expect(contra?.items[0]?.citation?.paragraph).toBe(23);
    expect(contra?.items[0]?.text).toMatch(/three/);
  });

  it('neither supports nor contradicts what the articles do not cover', () => {
    const a = seedDossier().check('Angela Merkel visited Paris to discuss farm subsidies');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
});

describe('digest', () => {
  it('lists the actors a chat touched, links statements to sources and names the unsupported ones', () => {
    const a = seedDossier().digest([
      { author: 'ana', content: 'Putin thanked Lukashenko for his support.' },
      { author: 'bo', content: 'lol' },
      { author: 'cy', content: 'Tikhanovskaya said the volunteers are cowards who never fought.' },
      { author: 'ana', content: 'Who leads the battalion?' },
    ]);
    const heading = (h: string) => a.sections.find((s) => s.heading === h)?.items ?? [];
    expect(heading('Actors discussed').map((i) => i.text).join(' ')).toMatch(/Vladimir Putin.*Alexander Lukashenko|Alexander Lukashenko.*Vladimir Putin/);
    expect(heading('Backed by the articles')[0]?.citation?.paragraph).toBe(20);
    expect(heading('Not supported by the articles').map((i) => i.text).join(' ')).toMatch(/cowards/);
    // chatter and questions are neither backed nor unsupported
    expect(heading('Backed by the articles').length + heading('Not supported by the articles').length).toBe(2);
  });
});
