import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function initiatives(body: string) {
  return annotateText(body).initiatives.map((i) => ({ name: i.name, aliases: i.aliases, kind: i.kind, status: i.status, partOf: i.partOf, mentions: i.mentions.length }));
}

test('a named corridor is a transport corridor and "part of the X" links it to the larger one', () => {
  const found = initiatives('They discussed the Lapis Lazuli Transit Route, part of the Southern Corridor, and its expansion.');
  const route = found.find((i) => i.name === 'Lapis Lazuli Transit Route');
  assert.ok(route);
  assert.equal(route.kind, 'transport corridor');
  assert.equal(route.partOf, 'Southern Corridor');
});

test('an acronym defined in parentheses is an alias, and later uses of it are mentions of the project', () => {
  const [i] = initiatives('The sides praised the North-South Transport Corridor (NSTC). The NSTC now carries more freight.');
  assert.equal(i.name, 'North-South Transport Corridor');
  assert.deepEqual(i.aliases, ['NSTC']);
  assert.equal(i.mentions, 2);
});

test('a quoted name before "initiative" or "project" is the project\'s name', () => {
  const [i] = initiatives('They welcomed progress on the "Green Bridge" initiative.');
  assert.equal(i.name, 'Green Bridge');
  assert.equal(i.status, 'under way');
});

test('described projects need a telling modifier: a joint fund is one, a plain fund is not', () => {
  assert.deepEqual(initiatives('They set up a joint investment fund for small firms.').map((i) => [i.name, i.kind]), [['joint investment fund', 'fund']]);
  assert.deepEqual(initiatives('The fund will pay for it.'), []);
});

test('a cable or line keeps where it runs, and planned or proposed is its status', () => {
  const [cable] = initiatives('They backed the planned submarine power cable across the Black Sea between Constanta and Batumi.');
  assert.equal(cable.name, 'submarine power cable across the Black Sea between Constanta and Batumi');
  assert.equal(cable.kind, 'cable');
  assert.equal(cable.status, 'planned');
});

test('coordinated names before a plural head are one project each', () => {
  assert.deepEqual(initiatives('Gas flows through the Blue Stream and TurkStream pipelines.').map((i) => [i.name, i.kind]), [
    ['Blue Stream pipeline', 'pipeline'], ['TurkStream pipeline', 'pipeline'],
  ]);
});

test('an inaugurated facility is completed, and "and" inside a capitalised name stays in it', () => {
  const [i] = initiatives('The leaders inaugurated the Centre for Science and Innovation in the capital.');
  assert.equal(i.name, 'Centre for Science and Innovation');
  assert.equal(i.kind, 'facility');
  assert.equal(i.status, 'completed');
});

test('a completion in a condition is still a plan, and laying or inaugurating a project is planned', () => {
  assert.equal(initiatives('Once completed, the Trans-Sahara Gas Pipeline will reach Algeria.')[0].status, 'planned');
  assert.equal(initiatives('They stressed the importance of inaugurating the Kars-Tbilisi Railway route soon.')[0].status, 'planned');
  assert.equal(initiatives('They agreed on laying a submarine power cable across the Black Sea.')[0].status, 'planned');
});

test('a facility told by its kind ("solar power plant") is a project, and a project named inside an agreement\'s title counts', () => {
  assert.deepEqual(initiatives('They inaugurated a new solar power plant.').map((i) => [i.name, i.kind, i.status]), [['solar power plant', 'facility', 'completed']]);
  assert.deepEqual(initiatives('They signed an agreement on the construction of the Skopje-Sofia gas pipeline.').map((i) => i.name), ['Skopje-Sofia gas pipeline']);
});

test('a named institution is a project only where it is built or opened, not where it is a party', () => {
  const parties = annotateText('A protocol on cooperation between the Andean Accreditation Centre and the Chilean Standards Institute was signed.').initiatives;
  assert.deepEqual(parties, []);
  const opened = annotateText('The two presidents inaugurated the Arica Children\'s Creativity Centre on Monday.').initiatives;
  assert.deepEqual(opened.map((i) => [i.kind, i.status]), [['facility', 'completed']]);
});

test('projects listed after "projects have been identified:" are one planned project each', () => {
  const found = initiatives('Under the accord, four projects have been identified: the Alto Verde project (300 MW), the Rio Claro (250 MW), the Cerro Azul (120 MW) and Pampa Seca (90 MW).');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['Alto Verde project', 'planned'],
    ['Rio Claro', 'planned'],
    ['Cerro Azul', 'planned'],
    ['Pampa Seca', 'planned'],
  ]);
});

test('coordinated projects share the status said before them', () => {
  const found = initiatives('They reviewed ongoing projects in the energy sector, including the Arica-Tacna oil pipeline and the Arica-Puno gas pipeline.');
  assert.deepEqual(found.map((i) => i.status), ['under way', 'under way']);
});

test('"X Initiative and Y\'s Z Initiative" are two projects, and a capitalised plural may name one', () => {
  const two = initiatives("They called for synergy between Chile's Pacific Gateway Initiative and Peru's Andean Link Initiative.");
  assert.equal(two.length, 2);
  const one = initiatives('The presidents discussed the South Andean Integration Routes at length.');
  assert.deepEqual(one.map((i) => [i.name, i.kind]), [['South Andean Integration Routes', 'programme']]);
});

test('a plural inside an instrument title names no project', () => {
  assert.deepEqual(initiatives('They signed the Memorandum of Understanding on the Assessment of Coal-Based Energy Projects.'), []);
});

test('laying a foundation stone puts a project under way, and an interconnection project is a cable', () => {
  const [i] = initiatives('The prime ministers laid the foundation stone for the Chilean-Peruvian Electrical Interconnection Project.');
  assert.equal(i.status, 'under way');
  assert.equal(i.kind, 'cable');
});

test('a dam being built is a facility under way', () => {
  const [i] = initiatives('The talks touched on the Upper Andean Dam which Bolivia is building on the Pilcomayo.');
  assert.deepEqual([i.name, i.kind, i.status], ['Upper Andean Dam', 'facility', 'under way']);
});

test('"the X Corridor project" is the "Y X Energy Corridor" named before, not a second initiative', () => {
  const found = initiatives('Ministers reviewed the Andean Green Energy Corridor. They said the Green Corridor project would link four grids.');
  assert.equal(found.length, 1);
});

test('a named "Initiative" is a programme, and a quoted one keeps the kind its modifier tells', () => {
  const kinds = (body: string) => initiatives(body).map((i) => [i.name, i.kind]);
  assert.deepEqual(kinds('Both leaders praised the Three Seas Initiative and its summit in Vilnius.'), [['Three Seas Initiative', 'programme']]);
  assert.deepEqual(kinds('They welcomed progress on the "Digital Danube" initiative.'), [['Digital Danube', 'cable']]);
});

test('a project given a generating capacity is a plant, alone or in a list', () => {
  const kinds = (body: string) => initiatives(body).map((i) => [i.name, i.kind]);
  assert.deepEqual(kinds('Work on the Rio Verde project (450 MW) will begin next year.'), [['Rio Verde project', 'facility']]);
  assert.deepEqual(kinds('Three projects have been selected: the Alto Sur (1,200 MW), the Cerro Blanco (85 megawatts) and Puerto Nuevo.').map(([, kind]) => kind), ['facility', 'facility', 'other']);
  assert.deepEqual(kinds('Work on the Rio Verde project will begin next year.'), [['Rio Verde project', 'other']]);
});

test('the words a title starts with are the title, not a project it names; a project named inside a title still is one', () => {
  assert.deepEqual(initiatives('The two leaders signed the Chile-Peru Joint Declaration for Building a Pacific Partnership on Monday.'), []);
  assert.deepEqual(initiatives('They signed an Agreement on the Construction of the Trans-Andean Gas Pipeline.').map((i) => [i.name, i.kind]), [['Trans-Andean Gas Pipeline', 'pipeline']]);
});

test('"This corridor will …" after a sentence naming corridors says the status of the last one named', () => {
  const found = initiatives('The presidents discussed the Andean Integration Routes, with a focus on the Pacific Lithium Route. This corridor will link the ports of Arica and Santos.');
  assert.equal(found.find((i) => i.name === 'Pacific Lithium Route')?.status, 'planned');
});

test('"The 450-kilometre pipeline, which was commissioned …" speaks of the pipeline named a sentence or two before, past words of description', () => {
  const found = initiatives('Chad and Cameroon agreed to expand the Doba-Kribi Oil Pipeline. The ministers met in Yaoundé. The 1,070-kilometre pipeline, which was commissioned in 2003, carries crude to the coast.');
  assert.equal(found.find((i) => i.name === 'Doba-Kribi Oil Pipeline')?.status, 'completed');
  const far = initiatives('Chad and Cameroon discussed the Doba-Kribi Oil Pipeline. They met in Yaoundé. Trade grew. Fishing was discussed. The pipeline, which was commissioned in 2003, carries crude to the coast.');
  assert.equal(far.find((i) => i.name === 'Doba-Kribi Oil Pipeline')?.status, 'unknown');
});

test('"The road to …" is no project spoken of again', () => {
  const found = initiatives('The ministers reviewed the Kivu Highway. The road to peace will be long, they said.');
  assert.equal(found.find((i) => i.name === 'Kivu Highway')?.status, 'unknown');
});

test('a dialogue, council or office that the sides set up or resume is a project, with the status its verb tells', () => {
  const found = (body: string) => initiatives(body).map((i) => [i.name, i.kind, i.status]);
  assert.deepEqual(found('The two ministers agreed to resume the strategic dialogue, which was suspended in 2019.'), [['strategic dialogue', 'working group', 'planned']]);
  assert.deepEqual(found('Chile and Peru will launch a bilateral energy security dialogue next year.'), [['bilateral energy security dialogue', 'working group', 'planned']]);
  assert.deepEqual(found('Creating a new bilateral maritime dialogue to counter illegal fishing.'), [['bilateral maritime dialogue', 'working group', 'planned']]);
  assert.deepEqual(found('Sanchez and Costa said in March that they would create a high-level Spanish-Portuguese defence council, where such matters would be discussed.'), [['high-level Spanish-Portuguese defence council', 'working group', 'proposed']]);
  assert.deepEqual(found('The two presidents agreed to resume shuttle diplomacy without formality.'), [['shuttle diplomacy', 'other', 'planned']]);
  assert.deepEqual(found('The agreement provides for the establishment of a joint representative office in Lima to promote exports.'), [['joint representative office in Lima', 'facility', 'planned']]);
  assert.deepEqual(found('They signed a memorandum establishing a joint committee for the promotion of border trade.').map(([name]) => name), ['joint committee for the promotion of border trade']);
});

test('a dialogue or council that nobody sets up is no project', () => {
  assert.deepEqual(initiatives('They stressed the importance of political dialogue and close coordination.'), []);
  assert.deepEqual(initiatives('The ministers held a frank security dialogue on regional issues.'), []);
  assert.deepEqual(initiatives('The sides welcomed the resumption of dialogue between the two governments.'), []);
  assert.deepEqual(initiatives('They agreed to keep an open and constructive dialogue.'), []);
  assert.deepEqual(initiatives('The leaders opened the business council meeting in Lima.'), []);
});

test('a mechanism to be formed is planned, one formed or created is under way', () => {
  const found = (body: string) => initiatives(body).map((i) => [i.name, i.status]);
  assert.deepEqual(found('They agreed to form a joint committee to draft the treaty.'), [['joint committee', 'planned']]);
  assert.deepEqual(found('In 2019 the two navies created a maritime security dialogue.'), [['maritime security dialogue', 'under way']]);
});

test('a mechanism introduced with "a" is a new one, even when an earlier one has fewer of its words', () => {
  const found = initiatives('The ministers agreed to resume the maritime dialogue. The two navies will also start a bilateral coastal maritime dialogue.');
  assert.deepEqual(found.map((i) => i.name), ['maritime dialogue', 'bilateral coastal maritime dialogue']);
});

test('the opening or inauguration of a project completes it, and a later "will" about what it brings does not make it a plan', () => {
  const status = (body: string) => initiatives(body).map((i) => i.status);
  assert.deepEqual(status('The presidents took part in the opening ceremony of the Arica-Tacna gas pipeline by video link. The Arica-Tacna gas pipeline project will supply 500,000 homes.'), ['completed']);
  assert.deepEqual(status('The visit also included the inauguration of the Rio Seco hydropower plant.'), ['completed']);
});

test('programmes brought into synergy or an existing route are under way', () => {
  const status = (body: string) => initiatives(body).map((i) => [i.name, i.status]);
  assert.deepEqual(status('The sides need to speed up the synergy between Ghana\'s Coastal Growth Initiative and Togo\'s Lome Development Initiative.').map(([, s]) => s), ['under way', 'under way']);
  assert.deepEqual(status('Both sides want to raise the capacity of the existing Arica-La Paz railway.'), [['Arica-La Paz railway', 'under way']]);
  assert.deepEqual(status('They agreed to align the Coastal Growth Initiative with regional plans.'), [['Coastal Growth Initiative', 'under way']]);
});

test('a counted set of described projects is one project, but a count of a bare head is not', () => {
  const found = (body: string) => initiatives(body).map((i) => [i.name, i.kind, i.status]);
  assert.deepEqual(found('The visit also saw the inauguration of three cross-border power transmission lines.'), [['cross-border power transmission lines', 'cable', 'completed']]);
  assert.deepEqual(found('The fund will finance 12 new solar power plants in the north.'), [['solar power plants', 'facility', 'planned']]);
  assert.deepEqual(found('Russia sends gas to Turkey through two gas pipelines.'), []);
  assert.deepEqual(found('Two transmission lines were built last year.'), []);
});

test('fibre-optic lines and communications are cables, with where they run', () => {
  const found = (body: string) => initiatives(body).map((i) => [i.name, i.kind]);
  assert.deepEqual(found('He highlighted the construction of fibre-optic communications across the Black Sea bed.'), [['fibre-optic communications across the Black Sea bed', 'cable']]);
  assert.deepEqual(found('They agreed to lay a fibre-optic line between Batumi and Constanta.'), [['fibre-optic line between Batumi and Constanta', 'cable']]);
});

test('capitalised names after "projects such as", "like" or "including" are projects; countries and common nouns are not', () => {
  const found = (body: string) => initiatives(body).map((i) => [i.name, i.aliases, i.status]);
  assert.deepEqual(found('Chile backs the anticipated national projects, such as the Coastal Surveillance Network (CSN) for its navy.'), [['Coastal Surveillance Network', ['CSN'], 'planned']]);
  assert.deepEqual(found('They reviewed joint initiatives, including the Andes Data Exchange and the Pacific Rail project.').map(([name]) => name), ['Andes Data Exchange', 'Pacific Rail project']);
  assert.deepEqual(found('They discussed projects such as Chinese investment in ports.'), []);
  assert.deepEqual(found('The fund backs initiatives like agriculture and Tourism Week.'), []);
});

test('a project or mechanism launched, begun, started or resumed is under way; one still to be launched is planned', () => {
  const status = (body: string) => initiatives(body).map((i) => i.status);
  assert.deepEqual(status('They referred to the construction of the undersea power cable to Tahiti launched by the former president in March 2022.'), ['under way']);
  assert.deepEqual(status('Work on the Andes Rail Project began in March 2020.'), ['under way']);
  assert.deepEqual(status('The two countries resumed the maritime security dialogue in May.'), ['under way']);
  assert.deepEqual(status('The first phase of the Kivu Highway is to be launched in June.'), ['planned']);
});

test('a facility told only by what it makes or where it stands is a project where its building is spoken of, not where it is only named', () => {
  const found = (body: string) => initiatives(body).map((i) => [i.name, i.kind, i.status]);
  assert.deepEqual(found('The companies signed an MoU for the construction of a fertiliser plant in Peru.'), [['fertiliser plant in Peru', 'facility', 'planned']]);
  assert.deepEqual(found('They agreed on the construction of a deep-water port.'), [['deep-water port', 'facility', 'planned']]);
  assert.deepEqual(found('India will fund the construction of a new hospital in Male.'), [['hospital in Male', 'facility', 'planned']]);
  assert.deepEqual(found('India will fund the construction of a new hospital.'), []);
  assert.deepEqual(found('They agreed to set up a centre of excellence for agriculture.'), [['centre of excellence', 'facility', 'planned']]);
  assert.deepEqual(found('The delegation visited the cement plant.'), []);
});

test('"the project" later in the article says the status of the project last named before it', () => {
  const status = (body: string) => initiatives(body).map((i) => i.status);
  assert.deepEqual(status('Officials praised the Trans-Andean Gas Pipeline (TAGP). Financing was arranged by three banks. The new deal will allow the project to start next year.'), ['planned']);
  assert.deepEqual(status('The leaders discussed the Kivu Highway. They said the project would be completed in 2027.'), ['planned']);
  assert.deepEqual(status('The leaders discussed the Kivu Highway. They also spoke of the project of a new airport, which will open in 2027.'), ['unknown']);
});

test('a passive infinitive is a plan: "would be completed", "will be opened"; "has been completed" is done', () => {
  const status = (body: string) => initiatives(body).map((i) => i.status);
  assert.deepEqual(status('The Kivu Highway would be completed by 2030, the minister said.'), ['planned']);
  assert.deepEqual(status('The Kivu Highway has been completed.'), ['completed']);
});

test('a project that an agreement, memorandum or exchange of notes is on is planned, and a loan project is a programme', () => {
  const status = (body: string) => initiatives(body).map((i) => [i.name, i.status]);
  assert.deepEqual(initiatives('The exchange of notes on the Rural Roads Loan Project (Phase III) was signed by the two ministers.').map((i) => [i.name, i.kind, i.status]), [['Rural Roads Loan Project', 'programme', 'planned']]);
  assert.deepEqual(status('They signed a memorandum on the Lake Kivu gas pipeline.'), [['Lake Kivu gas pipeline', 'planned']]);
});

test('a pipeline named by its two countries keeps what it carries ("crude oil", "natural gas")', () => {
  const names = (body: string) => annotateText(body).initiatives.map((i) => [i.name, i.kind]);
  assert.deepEqual(names('They witnessed the signing of documents on the Chile-Bolivia crude oil pipeline.'), [['Chile-Bolivia crude oil pipeline', 'pipeline']]);
  assert.deepEqual(names('They discussed the Peru-Ecuador natural gas pipeline.'), [['Peru-Ecuador natural gas pipeline', 'pipeline']]);
});

test('where a described line or route runs ends before the date', () => {
  const names = (body: string) => annotateText(body, '2026-02-12').initiatives.map((i) => i.name);
  assert.deepEqual(names('The presidents opened a new power line between Tacna and Arica on Wednesday.'), ['power line between Tacna and Arica']);
  assert.deepEqual(names('The presidents opened a cross-border railway from Tacna to Arica in March 2026.'), ['cross-border railway from Tacna to Arica']);
});

test('an office that ends in a project\'s word ("Minister for Railways") names no project', () => {
  assert.deepEqual(annotateText('The talks were held between Federal Minister for Railways Ana Lopez and Transport Minister Pablo Vera.').initiatives.map((i) => i.name), []);
});

test('a bracketed acronym between a project\'s words and its head is its alias, out of its name', () => {
  const found = annotateText('Chile and Bolivia agreed to expedite work on the Chile-Bolivia-Peru (CBP) railway project. They discussed the Arica Port-Bolivia-Brazil Transport (ABBT) corridor.').initiatives;
  assert.deepEqual(found.map((i) => [i.name, i.aliases, i.kind]), [
    ['Chile-Bolivia-Peru railway project', ['CBP'], 'transport corridor'],
    ['Arica Port-Bolivia-Brazil Transport corridor', ['ABBT'], 'transport corridor'],
  ]);
});

test('a project\'s apposition tells its kind ("the X project, a rail and highway corridor …")', () => {
  const found = annotateText('The ministers discussed the Andes Link project, a 900-kilometer rail and highway corridor linking the Pacific to Bolivia.').initiatives;
  assert.deepEqual(found.map((i) => [i.name, i.kind]), [['Andes Link project', 'transport corridor']]);
});

test('a project described in lower case first and named after goes by its proper name', () => {
  const found = initiatives('Ghana and Togo will build a power line by 2028. Work on the Ghana-Togo Power Line begins in May.');
  assert.deepEqual(found.map((i) => [i.name, i.mentions]), [['Ghana-Togo Power Line', 2]]);
});

test('an expressway or a freeway between two places is a transport corridor', () => {
  assert.deepEqual(initiatives('The ministers agreed to speed up the Kigali-Kampala expressway project and the Lima-Callao freeway.').map((i) => [i.name, i.kind]), [
    ['Kigali-Kampala expressway', 'transport corridor'],
    ['Lima-Callao freeway', 'transport corridor'],
  ]);
});

test('a tunnel is a transport corridor', () => {
  assert.deepEqual(initiatives('The presidents agreed to build the Paso Alto tunnel under the Andes.').map((i) => [i.name, i.kind]), [['Paso Alto tunnel', 'transport corridor']]);
});

test('"the railway line" after a named railway is that railway; a described line with an acronym of its own, or beside it, is another', () => {
  const later = initiatives('Chile and Peru agreed to fast-track the Andes Coastal Railway. The minister said the railway line would change the region.');
  assert.deepEqual(later.map((i) => [i.name, i.mentions]), [['Andes Coastal Railway', 2]]);
  const beside = initiatives('They discussed the Andes Coastal Railway and the planned railway line (PRL) to the coast.');
  assert.equal(beside.length, 2);
});
