import { runBrowserBench } from './_browser_try.mjs';
const r = await runBrowserBench({ repeat: 2, log: console.log });
console.log(JSON.stringify(r, (k,v)=> k==='runs'?undefined:v, 1));
