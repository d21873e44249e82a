import { termKeys, synonymKeys, isStopword } from '../src/store/terms';
for (const w of process.argv.slice(2)) console.log(w, isStopword(w), termKeys(w), synonymKeys(w));
