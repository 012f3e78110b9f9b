import { runDecodeBench } from './decode.mjs';
const r = await runDecodeBench({});
for (const v of r.perVector) console.log(v.id.padEnd(40), v.format.padEnd(12), v.bytes, v.decode.nsPerOp.toFixed(0), v.parse?.nsPerOp.toFixed(0), v.parse ? (v.decode.nsPerOp/v.parse.nsPerOp).toFixed(2):'', v.decode.madPercent.toFixed(1));
console.log(JSON.stringify(r.all, null, 1), JSON.stringify(r.response, null, 1));
