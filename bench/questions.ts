import type { FactStore } from '../src/store/types';

/** The i-th element of a list, spread over it (7919 is prime), so runs ask about many names, not the first few. */
export const pick = <T>(list: T[], i: number): T => list[(i * 7919) % list.length]!;

/** Questions drawn from a store itself, so every corpus (or server) is asked about names it really has. */
export function questionsFor(store: FactStore): (i: number) => string {
  const actors = store.articles.flatMap((a) => a.actors);
  const people = actors.filter((a) => a.type === 'person');
  return (i) => {
    const p = pick(people.length ? people : actors, i);
    const forms = [`Who is ${p.name}?`, `What did ${p.name} say?`, `When did ${p.name} speak?`, `How many people were arrested?`, `Where is ${p.name}?`];
    return forms[i % forms.length]!;
  };
}
