import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
const d = nlp.readDoc(process.argv[2]);
console.log(d.tokens().out(its.value).map((v,i)=>[v, d.tokens().itemAt(i).out(its.uniqueId), d.tokens().itemAt(i).out(its.pos), d.tokens().itemAt(i).out(its.lemma), d.tokens().itemAt(i).out(its.type)].join('/')).join(' '));
