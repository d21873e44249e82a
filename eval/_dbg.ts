import { sharedDossier, readChatStatements, verdictOf } from './verdicts';
const d = sharedDossier('/work/shared');
const items = readChatStatements('/work/wt/verdicts/test/answer/chat-statements.json');
const want = process.argv[2] ?? 'contradicted';
for (const i of items) {
  const v = verdictOf(d, i.statement);
  if (v.verdict !== i.verdict && (want === 'all' || (i.verdict === want && v.verdict === 'supported') || (want==='lost' && i.verdict==='supported'))) {
    const data = d.check(i.statement).data as any;
    console.log(`${i.split} ${i.kind} ${i.verdict}→${v.verdict}: ${i.statement}\n   gold: ${i.evidence}\n   cited: ${data.statements.map((s: any) => s.citation?.text ?? s.citation?.sentence ?? JSON.stringify(s.citation)).join(' | ')}`);
  }
}
