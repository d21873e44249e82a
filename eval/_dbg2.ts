import { sharedDossier, readChatStatements, verdictOf } from './verdicts';
const d = sharedDossier('/work/shared');
const items = readChatStatements('/work/wt/verdicts/test/answer/chat-statements.json');
for (const i of items) {
  const v = verdictOf(d, i.statement);
  if (v.verdict !== i.verdict && i.verdict === (process.argv[2] ?? 'contradicted')) console.log(`${i.split} ${i.kind} →${v.verdict}: ${i.statement}\n   gold: ${i.evidence}`);
}
