import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import { loadSeedLibrary } from './seedLibrary';
import { answer } from '../../src/search/answer';
import type { Article } from '../../src/corpus/types';

let library: Library;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

/** Each question with a part of the sentence that must come first. */
const ANSWERABLE: [string, string][] = [
  // Asked who the holder of a role is, the sentence giving them in full with it answers.
  ['Who is the US Secretary of State named in the article?', 'US Secretary of State Antony Blinken spoke'],
  ['Name the US Secretary of State.', 'US Secretary of State Antony Blinken spoke'],
  // A passage giving a reason meets "rationale" fully, though no word of it says so.
  [
    "What rationale did the junta's chief advance for the seizure of power?",
    'coup was motivated by both the desire to',
  ],
  // …and one spoken of through whoever acts for it (Bazoum, for Niger) is.
  ['What did Blinken say about Niger?', 'security not only in Niger'],
  // "holding" is the verb of "those holding Bazoum", not a noun the article never uses.
  [
    'Did the US Secretary of State voice regret over the actions of those holding Bazoum?',
    'The Secretary of State also expressed regret saying that those detaining Bazoum',
  ],
  // A choice's second branch ("or was he taken by foreign soldiers") is not missed where the first
  // is met: the passage answering which one holds answers the question.
  [
    'was bazoum held by his own guard or was he taken by foreign soldiers?',
    'Bazoum was reportedly detained two days ago by members of his own presidential guard.',
  ],
  // …in whichever order the branches come: each has its focus, and a claim is met by either.
  [
    'was bazoum taken by foreign soldiers or was he held by his own guard?',
    'Bazoum was reportedly detained two days ago by members of his own presidential guard.',
  ],
  ['Is Bazoum free or is he still in detention?', 'Bazoum remains in detention'],
  // A reaction claimed is met by condemnation or criticism, which are reactions.
  ['Did the coup provoke any international reaction?', 'sparked international condemnation'],
  // A long second branch the passage does not meet does not thin out its coverage.
  [
    'did the army back the seizure or did it mutiny against the putschists and arrest the plotters?',
    'the Nigerien army command said it was supporting the seizure',
  ],
  [
    'Who detained Bazoum?',
    'Bazoum was reportedly detained two days ago by members of his own presidential guard.',
  ],
  // "custody" is WordNet's "detention": "detained … by" names who did it.
  [
    "Who took Niger's president into custody?",
    'Bazoum was reportedly detained two days ago by members of his own presidential guard.',
  ],
  // What the asker says of themselves ("my presentation", "my slides") is no word of the question.
  [
    'For my presentation: beyond Niger itself, what bigger area did Blinken credit Bazoum with helping to keep safe?',
    'the wider West Africa region',
  ],
  [
    'Who did the top American diplomat talk to about Niger? I need the names for my slides.',
    'spoke to Nigerien President Mohamed Bazoum and former president Mahamadou Issoufou',
  ],
  // What follows from something is asked: a passage saying what it risks answers, though it shares
  // few words ("foreign troops go in" is "foreign military intervention").
  ['army said what happens if foreign troops go in', 'risks having disastrous and uncontrolled consequences'],
  [
    'What outcome did the armed forces say outside armed involvement could bring about?',
    'risks having disastrous and uncontrolled consequences',
  ],
  // "the state of the talks" asks about the talks: "State Department" does not meet "state".
  ['What is the state of the talks aimed at restoring constitutional order in Niger?', 'were at an impasse'],
  ['What is the status of talks aimed at restoring constitutional order in Niger?', 'were at an impasse'],
  // "Nigerien" speaks of Niger: "praised Bazoum's role … not only in Niger" is about the leader.
  ['What did Blinken commend the Nigerien leader for?', 'praised Bazoum’s role in promoting security'],
  // "What aspect of…" asks for a part of it, as "what part of…" does: "aspect" is no word to find.
  [
    "What aspect of the deposed president's work did America's top diplomat praise?",
    'praised Bazoum’s role in promoting security',
  ],
  // A claimed passive verb is vouched for by a less common sense's word: held → detention.
  [
    'Is the elected president still being held?',
    'Democratically-elected President Bazoum remains in detention',
  ],
  ["Is Niger's elected head of state still being held?", 'remains in detention'],
  // "self" in "self-declared" is no word to find.
  [
    'Is it true that the new self-declared leader made his announcement on television?',
    'after appearing on national television',
  ],
  // In the plural too.
  ["Which aspects of Bazoum's work did Blinken praise?", 'praised Bazoum’s role in promoting security'],
  // The word setting something aside ("besides", "beyond") is no word of what is asked.
  [
    'Besides security concerns, what failings in governance did the general point to?',
    'poor economic and social governance',
  ],
  // Only the reasons asked, by whose they are: a passage giving a reason meets "reasons".
  ["tiani's reasons other than security?", 'motivated by both the desire'],
  // A criticism levelled is the junta leader's words; a passage by others likelier only by loose
  // matches ("civilian-led" for "junta leader") does not make the answer likelier elsewhere.
  [
    'What criticism did the junta leader level at the previous administration regarding the security crisis?',
    'did not give Nigeriens “a glimpse of a real way out of the (security) crisis”',
  ],
  // "What kind of support" asks for one, mostly called support ("unflagging support"): the word
  // weighs fully, unlike a category the answer names otherwise ("What state were the talks in?").
  ['What kind of support did the US say it was giving President Bazoum?', 'unflagging support'],
  // "characterise" asks for the words used: the sentence need not say it.
  ['How did the Secretary characterise American backing for President Bazoum?', 'unflagging support'],
  // An "objective" is met by a purpose ("work to ensure…"), though the article never says "objective".
  ['What objective did Blinken say Washington would keep working toward?', 'continue to work to ensure'],
  ['What was the aim of the army command in supporting the seizure?', 'in a bid to thwart bloodshed'],
  // Bazoum only owns what is asked about: "Niger's former government" answers without naming him.
  [
    "According to the junta chief, did Bazoum's government offer a way out of the security crisis?",
    'did not give Nigeriens',
  ],
  // A claim to check is asked as the claim: "true" is no word of it.
  ['Is it true that world leaders criticised the putsch?', 'sharp criticism from world leaders'],
  // So is one passed on from a post, with the article asked whether it agrees.
  [
    'A viral post says world leaders sharply criticised the coup. Does the article agree?',
    'sharp criticism from world leaders',
  ],
  ['Is it true world leaders were critical of the takeover?', 'sharp criticism from world leaders'],
  // WordNet relates "criticise" to "criticism" but "criticize" only to "critic": either spelling is read as both.
  ['Who has sharply criticized the coup?', 'sharp criticism from world leaders'],
  // "level" and "scale" only measure what follows: the question is about the assistance.
  ['What level of assistance did Blinken say was threatened?', 'hundreds of millions of dollars'],
  ['What scale of aid did the Secretary say was at risk?', 'hundreds of millions of dollars'],
  // "follow" orders the two events a span is asked between: it is neither of them.
  [
    "How long after the army's endorsement of the coup leaders did Tiani's announcement follow?",
    'The announcement came a day after',
  ],
  // What is set aside ("democracy") is named beside the rest in a word of its family ("democratic").
  [
    'Alongside democracy, what else does Washington want fully brought back in Niger?',
    'full restoration of constitutional order and democratic rule',
  ],
  // A claim of the medium something was announced in is settled by the one named ("on national television").
  ["Tiani announced his takeover on the radio, didn't he?", 'after appearing on national television'],
  // Asked when, a date answers before a time given only from another event ("a day after").
  ['When did the general announce he was taking charge?', 'new leader on July 28'],
  // "anyway" asks nothing of what came after.
  ['Was Bazoum detained by his own guard anyway?', 'members of his own presidential guard'],
  // "only within his own country's borders": his country is part of what is asked.
  [
    "Was the deposed leader's contribution to security commended only within his own country's borders?",
    'not only in Niger but the wider West Africa region',
  ],
  // Whose statement it is, the sentence naming its owner says; not one it only goes on quoting.
  ['who put out the statement', 'US State Department said in an official statement'],
  // "Dateline", capitalised first, is a word, not an unknown name.
  ['Dateline of the story?', 'Washington: US Secretary of State'],
  // "pledges" after the name opening a passage sought is the verb of saying, not a plural noun.
  [
    'Give me the quote where Blinken pledges the US will keep working to restore constitutional order.',
    'Secretary Blinken underscored that the United States will continue to work',
  ],
  // "non-security" sets security aside: the reason asked is the other one Tiani gave.
  ["tiani's non-security reason for the coup?", 'poor economic and social governance'],
  // An amount of an event in a word the articles never use, which the passage paraphrases firmly.
  ['How much American aid did the captors endanger?', 'hundreds of millions of dollars'],
  // A verb of saying ("accuse", "claim") is met by any passage giving someone's words, even with
  // "said" or none: what was said is what the question is about.
  ['What did Tiani accuse the former government of failing to provide Nigeriens?', 'did not give Nigeriens'],
  [
    'Who claimed the former government gave Nigeriens no way out of the security crisis?',
    'did not give Nigeriens',
  ],
  // "declare" is another event's verb in the article (Tiani declared himself leader), but a verb
  // of saying here ("…the army command said…") tells the declaring asked.
  ['When did the army command declare its support for the coup?', 'on Thursday, the Nigerien army command'],
  // What a source in the article published is still asked of its sentences.
  ['Which outlet reported what Tiani said about the coup?', 'social governance, CNN reported'],
  // …but one naming someone else does.
  [
    'Besides the president, which former head of state did Blinken speak to?',
    'former president Mahamadou Issoufou',
  ],
  // Asked how someone felt, a sentence naming a feeling they voiced answers ("expressed regret").
  ['How did the Secretary feel about the people holding the president?', 'also expressed regret saying'],
  // Where someone stands on something is what they said of it, in their own words.
  ["military's stance on foreign intervention?", 'also warned against foreign military intervention'],
  [
    "What is the military's position on foreign intervention?",
    'also warned against foreign military intervention',
  ],
  // Asked for specifics, a named one that does what is asked: "…, CNN reported", "detained … by
  // members of his own presidential guard", "the army command said it was supporting…".
  ['Which specific group detained Bazoum?', 'by members of his own presidential guard'],
  ['Which specific body backed the seizure of power?', 'the Nigerien army command said'],
  ["Which specific news outlet reported Tiani's explanation for the coup?", 'governance, CNN reported'],
  // An army command is a body: the sentence naming it meets the unseen "body".
  ['Which body backed the seizure of power in a bid to avoid bloodshed?', 'the Nigerien army command said'],
  // A claim naming the guard, checked against the sentence that speaks of it.
  ['Was Bazoum detained by the presidential guard?', 'members of his own presidential guard'],
  // Chat spellings are read as the words they stand for: "wat" and "whats" as question words, not
  // as words the articles never use, taken for what is asked; "goin" as "going".
  ['wat did tiani say abt the old govt', 'Niger’s former government, he said, did not give Nigeriens'],
  ["whats tiani's rank", 'Abdourahamane Tiani, a Niger general,'],
  [
    'wat did blinken say bout bazoums part in keeping the region secure',
    'praised Bazoum’s role in promoting security',
  ],
  [
    'Quote the sentence from the State Department statement about restoring constitutional order.',
    'will continue to work to ensure the full restoration of constitutional order',
  ],
  // "one word pls" asks only for a short answer; "americas" is America's.
  ['how did blinken characterise americas support for bazoum? one word pls', 'unflagging support'],
  // What someone was praised for is a deed in general: a sentence praising him for one gives it.
  [
    'For what contribution did the top US diplomat commend the ousted Nigerien leader?',
    'praised Bazoum’s role',
  ],
  // A fault asked for is given by a sentence finding fault, in whatever words.
  ['What reproach did the new strongman make against the ousted administration?', 'did not give Nigeriens'],
  // What a question sets aside is not what it asks: the failings are.
  [
    'Besides security, what failings of the previous administration did the coup leader cite?',
    'poor economic and social governance',
  ],
  // …and "the detainers" are "those detaining Bazoum", once the aid set aside is no focus.
  [
    'Apart from aid money, what else did Blinken say the detainers were jeopardizing?',
    'those detaining Bazoum were threatening years of successful cooperation',
  ],
  // "the junta leader" is the leader the article names: "junta", a word it never uses, only says who.
  ['Why did the junta leader say the coup happened?', 'coup was motivated by both the desire to'],
  // Verbs of saying again stand for one another: "reaffirm" is met by "reiterated".
  ['What did the top US diplomat reaffirm to the Nigerien president during the call?', 'unflagging support'],
  // Contacting someone is done by speaking to them.
  ['Was the former president of Niger also contacted by Blinken?', 'former president Mahamadou Issoufou'],
  // A cause said to be one ("motivated by") tells why more surely than a purpose.
  ['Why did the general say he staged the coup?', 'coup was motivated by both the desire to'],
  // Seizing power is a coup, in the article's word.
  [
    'Which desire, as stated by the general, was behind the seizure of power?',
    'the desire to “preserve our homeland”',
  ],
  // A thing a reason is asked for, named in WordNet's words ("putsch" for the coup), is no unknown.
  [
    'What reasons did the army give for backing the putsch?',
    'supporting the seizure in a bid to thwart bloodshed',
  ],
  // Verbs of keeping something from happening stand for one another: "avoiding" is "thwart".
  ['did the army statement say anything abt avoiding bloodshed', 'in a bid to thwart bloodshed'],
  // Which sentence says something is a claim to find.
  ['Which sentence says the negotiations are deadlocked?', 'were at an impasse'],
  // Which line mentions a topic: the topic is what is asked, not "line" or "mentions".
  ['Which line mentions the guard?', 'members of his own presidential guard'],
  // A name asked as a heading ("name of…") asks what "What is the name of…" does.
  ['name of the us sec of state in this story?', 'US Secretary of State Antony Blinken spoke'],
  [
    'r the negotiations goin anywhere',
    'negotiations to ensure constitutional order in Niger were at an impasse',
  ],
  // "claim" is the verb after "did the new military ruler", not a noun taken for the focus.
  [
    'What did the new military ruler claim the previous government had failed to offer Nigeriens?',
    'did not give Nigeriens “a glimpse of a real way out of the (security) crisis”',
  ],
  // What is set aside ("Besides security", "Apart from democratic governance") is mostly named
  // beside the answer: a sentence joining it to something else ("…security situation," and poor
  // economic and social governance") ranks above one naming it alone ("the (security) crisis").
  [
    'Besides security, what kind of governance did the coup leader blame?',
    'poor economic and social governance',
  ],
  [
    'Apart from security, what other failing did the junta chief blame on the ousted administration?',
    'poor economic and social governance',
  ],
  [
    'Apart from democratic governance, what else does Washington want fully reinstated in Niger?',
    'full restoration of constitutional order and democratic rule',
  ],
  // "the guys who did the coup" are whoever did it: no word of the claim to check.
  ['did the army back the guys who did the coup?', 'army command said it was supporting the seizure'],
  // A question word typed in capitals is no acronym, so no name the articles lack.
  ['WHO detained Bazoum?', 'by members of his own presidential guard'],
  ['DID Tiani declare himself leader?', 'declared himself as the country’s new leader'],
  // A claim's word that ends in the sentence's word speaks of it: "bodyguards" are guards,
  // "insecurity" is the security crisis.
  ['Was Bazoum detained by his own bodyguards?', 'members of his own presidential guard'],
  ['Did Tiani blame the previous government for insecurity?', 'did not give Nigeriens'],
  // A claim about someone called by their one role ("the general", "the president") is confirmed by
  // a sentence speaking of them.
  ['Did the general say the coup was about preserving the homeland?', 'preserve our homeland'],
  ['Was the president detained by his own guard?', 'members of his own presidential guard'],
  // "general" describing the noun after it names no general.
  ['Did the coup draw the general criticism of world leaders?', 'sharp criticism from world leaders'],
  // A participle describing a noun ("the _ousted_ government") is not what is asked: what the
  // government failed to give is.
  [
    'What did the new strongman say the ousted government failed to give Nigeriens?',
    'did not give Nigeriens',
  ],
  // Nor is a relative clause saying who is meant: when he proclaimed himself leader is asked.
  ['When did the general who seized power proclaim himself leader of the country?', 'on July 28'],
  // "chief" ends its phrase: it is a noun, whatever the tagger says, and names the junta's chief.
  [
    'According to the junta chief, what did the previous administration fail to offer the people?',
    'did not give Nigeriens',
  ],
  // A noun before the asked category is part of it: CNN is a media organization ("org" in chat).
  ["Which media org reported the army's warning about intervention?", 'CNN reported'],
  // A role of several words is met by a kind of it (a president is a head of state) or by WordNet's
  // other name for it (a foreign minister is a secretary of state); checked so, neither is declined.
  ["Who is Niger's head of state?", 'Nigerien President Mohamed Bazoum'],
  ["Who is America's foreign minister?", 'US Secretary of State Antony Blinken'],
  // "cite" after the speaker is a verb of saying, though tagged a noun after "the general": what
  // was cited, not the citing, is asked.
  ['Did the general cite poor governance as a reason for the coup?', 'poor economic and social governance'],
  // The name of a person asked by role: the group words around it ("army", "government") are not it.
  ['What is the name of the army chief who declared himself leader?', 'Abdourahamane Tiani, a Niger general'],
  // A claim before a tag question is the claim, not a lead-in.
  ['Tiani the new leader of Niger, is that true?', 'declared himself as the country’s new leader'],
  // A network's name is an outlet's: CNN, whom the question does not name.
  ["What is the name of the news network that reported Tiani's remarks?", 'governance, CNN reported'],
  // Typed in lower case, a capital as a subject still stands for its government.
  ['does washington still back bazoum?', 'unflagging support'],
  // Typed in lower case, "us" after "the" is still the United States, not the pronoun.
  ['who did the top us diplomat speak to about the niger situation?', 'spoke to Nigerien President'],
  // "those detaining Bazoum" has the verb but not who did it; the passive's "by" names them.
  [
    'Who detained the Nigerien president?',
    'Bazoum was reportedly detained two days ago by members of his own presidential guard.',
  ],
  // Asked for "reasons", a sentence giving one ("motivated by") meets the unseen word.
  ['What reasons did Tiani give for the coup in his televised address?', 'coup was motivated by both'],
  // "rank" is never written: the sentence giving Tiani's role states it.
  ["What is Abdourahamane Tiani's rank?", 'Abdourahamane Tiani, a Niger general,'],
  // A person's background is the roles they held.
  ['Tell me about the background of General Tiani.', 'Abdourahamane Tiani, a Niger general,'],
  // A role given again as a title ("President Bazoum") states it too.
  ['What position does Bazoum hold?', 'President Bazoum'],
  // A position taken on something is a stance, not a post.
  ['What position did Tiani take on the former government?', 'did not give Nigeriens'],
  // …and ranks first, though another sentence has a near word for "job" ("a real way out").
  ['What job does Tiani have?', 'Abdourahamane Tiani, a Niger general,'],
  // The passages most like these lack their unseen focus ("talks", "profession"), but the best
  // one has it: the articles do cover it, so they answer.
  ['How are the talks to restore constitutional rule going?', 'negotiations to ensure constitutional order'],
  ["What is Abdourahamane Tiani's profession?", 'Abdourahamane Tiani, a Niger general,'],
  [
    'Who did Blinken speak to?',
    'Antony Blinken spoke to Nigerien President Mohamed Bazoum and former president',
  ],
  [
    'Who declared himself the new leader of Niger?',
    'declared himself as the country’s new leader on July 28',
  ],
  [
    'When did Tiani proclaim himself head of state?',
    'declared himself as the country’s new leader on July 28',
  ],
  ['What did the army warn against?', 'warned against foreign military intervention'],
  // "Where" ranks by a place, "on national television" included, as the answer check reads one.
  ['Where did Tiani make his announcement?', 'after appearing on national television'],
  ['Why did the army command back the takeover?', 'supporting the seizure in a bid to thwart bloodshed'],
  // Why one thing rather than another: a purpose said to be one ("in a bid to") is a reason.
  [
    'Why did the army back the coup rather than oppose it?',
    'supporting the seizure in a bid to thwart bloodshed',
  ],
  ['How have world leaders reacted to the coup?', 'The coup has drawn sharp criticism from world leaders.'],
  [
    'Are negotiations making progress?',
    'negotiations to ensure constitutional order in Niger were at an impasse',
  ],
  ['What did the military endorse?', 'military endorsed the leaders behind the toppling'],
  ['What role did Blinken praise Bazoum for?', 'He further praised Bazoum’s role in promoting security'],
  ['What did Blinken commend Bazoum for?', 'He further praised Bazoum’s role in promoting security'],
  [
    'Who reported the military’s warning about intervention?',
    'The military’s statement also warned against foreign military intervention',
  ],
  [
    'What did the State Department say the US would keep working for?',
    'full restoration of constitutional order',
  ],
  // "America" is in no article, but WordNet ties it to "US", which is: not an unknown name.
  ['What did America promise to keep working for in Niger?', 'full restoration of constitutional order'],
  // "pledge" is the US's verb here, not a person described (a pledge to a fraternity), so no one
  // else is asked to have said it.
  [
    'Besides democratic rule, what else did the US pledge to help fully restore in Niger?',
    'full restoration of constitutional order',
  ],
  // A lead-in naming the source weighs less than the question in the query too: the literal
  // "State Department" of another sentence does not outweigh the negotiations asked about.
  [
    'According to the State Department, how are negotiations to restore constitutional order going?',
    'were at an impasse',
  ],
  // "the day before" one event is "a day after" another: a sentence relating two events by a day,
  // and speaking of the one it is measured from (the announcement, Tiani's).
  ['What happened the day before Tiani went on TV?', 'The announcement came a day after'],
  // …not one measured from another event: the announcement came a day after no coup.
  ['What did the State Department say a day after the coup?', 'US State Department said'],
  // "pulled off" is no verb of the article; a sentence saying what motivated the coup gives why.
  ['why did the general say they pulled off the coup', 'coup was motivated by both the desire'],
  // Bodyguards are a kind of guard to WordNet: "his own presidential guard", a noun there, meets them.
  ["Was it the president's own bodyguards who arrested him?", 'members of his own presidential guard'],
  // "government" says what sort of body is asked, as "body" does: a passage naming one answers,
  // not one saying "government" of something else ("the civilian-led government").
  ['Which government body put out the official statement about the calls?', 'US State Department said'],
  // The statement is what describes the talks, where the answer is found: not what is asked about.
  // The talks are ("negotiations"), not the constitutional order they aim at.
  [
    'How did the official statement describe the state of talks aimed at restoring constitutional order?',
    'were at an impasse',
  ],
  [
    'How did the statement characterise the state of talks aimed at returning Niger to constitutional rule?',
    'were at an impasse',
  ],
  // The detained is no speaker: "those detaining Bazoum" did the threatening.
  ['What did those detaining Bazoum threaten?', 'threatening years of successful cooperation'],
  // "the rest of" only portions out the world: "rest" is no focus that the passage must meet.
  ['How has the rest of the world reacted to the coup?', 'sharp criticism from world leaders'],
  // "the level of" says how strong the backing is: the backing is what is described.
  ['how did state describe the level of US backing for the ousted president', 'unflagging support'],
  // Someone's captors are those detaining them; "I need to know" only asks.
  ["I need to know what Blinken said the president's captors were jeopardizing.", 'those detaining Bazoum'],
  ["Did the Secretary of State voice regret over the actions of Bazoum's captors?", 'expressed regret'],
  // Asked in someone's own words, the words are theirs; "the US pledge to…" is a verb, not a person.
  ["In the military's own words, what might foreign intervention lead to?", 'risks having disastrous'],
  ['what kind of support did the US pledge to the ousted president, word for word?', 'unflagging support'],
  // A commitment asked for is made in a verb ("will continue to work"), an assurance too ("reiterated").
  [
    'What commitment did the Secretary voice about bringing back constitutional rule in Niger?',
    'will continue to work',
  ],
  [
    "What assurance did the Secretary give the deposed leader regarding Washington's backing?",
    'unflagging support',
  ],
  // A country's leader is its head of state; "wats" is chat for "what's".
  ['Who named himself the new head of state of Niger?', 'declared himself as the country’s new leader'],
  ['wats the status of the talks on constitutional order, r they getting anywhere?', 'at an impasse'],
  // Telling others not to do something is warning them against it.
  ['what did the military tell other nations not to do', 'warned against foreign military intervention'],
  // A reaction asked for is given by what was thought of it, praise or blame, in any words.
  ['What was the reaction internationally to the putsch?', 'international condemnation'],
  // Giving one's blessing is endorsing; an army or a government is an institution.
  [
    'Which institution gave its blessing to those who toppled the president?',
    'military endorsed the leaders',
  ],
  // A name in a clause saying who is meant need not be spoken of: Issoufou is the one asked of.
  [
    'What request did the Secretary make of the man who led Niger before Bazoum?',
    'He asked former President Issoufou',
  ],
  // Asked which sentence says something, what it says is what is asked.
  ['Which sentence says what sort of support the Secretary reaffirmed to Bazoum?', 'unflagging support'],
  // "It mattered that…" is "it was important that…".
  [
    'Did the Secretary say it mattered that the ousted president keeps on leading in the capital?',
    'importance of his continuing leadership',
  ],
  // Talks with someone are speaking with them: Blinken spoke to Bazoum.
  ['Who held talks with Bazoum?', 'spoke to Nigerien President Mohamed Bazoum'],
  // Shouted, a question is read as typed in lower case, idioms and all.
  ["WHAT DID THE PRESIDENT'S CAPTORS THREATEN?", 'threatening years of successful cooperation'],
  // A boss is a leader; a sitting president the president; talks with someone are speaking.
  ["Who's the new boss in Niger after the coup?", 'declared himself as the country’s new leader'],
  ['which sitting president did blinken call', 'President Mohamed Bazoum'],
  [
    'Which American official held talks with Niger’s president and his predecessor?',
    'spoke to Nigerien President',
  ],
  // …and a passage placing it there answers.
  ['What did Blinken say about the ousted leader staying on in Niamey?', 'continuing leadership in Niamey'],
  // A seizure of power is the seizure the passage speaks of: "power" is what it takes.
  ['Did the army command come out in favour of the seizure of power?', 'supporting the seizure'],
  // Agreeing to what a passage says was done is confirmed by it.
  ['Did the army agree to support the seizure?', 'it was supporting the seizure'],
  // A sentiment asked for is a feeling: WordNet has regret as one.
  ['What sentiment did Blinken express toward those holding the president?', 'expressed regret'],
  ['Which emotion did the Secretary voice about the detainers of Bazoum?', 'expressed regret'],
  // Stepping in and sending troops in are intervening.
  [
    'Did the military welcome the idea of outside troops stepping in?',
    'warned against foreign military intervention',
  ],
  [
    'What did the army say would happen if other countries sent troops in?',
    'disastrous and uncontrolled consequences',
  ],
  // "Quick one:" only opens the question; "quick" is no name the articles lack.
  ["Quick one: which news outlet carried the general's explanation for the coup?", 'CNN reported'],
  // "in question" points at the aid: it asks no question ("asked" is no answer).
  ['Who is the aid in question meant to help?', 'assistance that support the Nigerien people'],
  // Tiani's words carry barely less of the question than the lede (0.59 against 0.60): no sign
  // that he does not say it.
  ['Whom did the self-declared leader blame for not offering Nigeriens a way out?', 'did not give Nigeriens'],
  // A claimed reason, a noun the article never uses, is spoken of where a cause is given.
  ['Did the coup leader cite economic reasons?', 'poor economic and social governance'],
  // Taking over is becoming leader: the general who declared himself the new leader, not the
  // army's backing a day before ("took" is near "came" in the vectors).
  ["Who's the general that took over?", 'Abdourahamane Tiani, a Niger general'],
  ['What position did the soldier who took charge claim for himself?', 'the country’s new leader'],
  // What was praised is asked, though a noun comes before the verb of praise.
  ["What part of the detained leader's record did the American secretary commend?", 'praised Bazoum’s role'],
  // A lead-in saying something to set the scene holds no focus ("roommate"), nor does one before a
  // preposition opening the question proper ("— by whom…").
  [
    'My roommate insists the readout talked about the history between the US and Niger — how long had the two been cooperating successfully?',
    'years of successful cooperation',
  ],
  // A lead-in ends where a question word is set off, after a conjunction, and though an earlier
  // question word opens a clause inside it ("about how other countries responded").
  [
    "I know the world reacted a lot, but what did Niger's military do the day before Tiani announced himself on air?",
    'came a day after',
  ],
  [
    "There's been a lot of chat here about how other countries responded — so how have world leaders taken the coup?",
    'drawn sharp criticism from world leaders',
  ],
  // A verb of praise is the focus after a lead-in with verbs of its own.
  [
    "I was reading the statement — what part of Bazoum's record did Blinken commend?",
    'praised Bazoum’s role',
  ],
  // Such a lead-in restates the scene, and weighs less than the question proper.
  [
    'Okay so Blinken talked to Issoufou as well — what did he ask of him?',
    'He asked former President Issoufou',
  ],
  // Nor does a name in such a lead-in have to be spoken of.
  [
    'I was reading the State Department readout to get the full picture — what did Blinken say those holding Bazoum were endangering?',
    'threatening years of successful cooperation',
  ],
  [
    'A classmate wrote in the group chat that the guard turned on him — by whom was Bazoum detained?',
    'by members of his own presidential guard',
  ],
  // A request asked for is made in any verb of asking: "urge" for "He asked…".
  ['What did the Secretary urge the former president to do?', 'He asked former President Issoufou'],
  ["What did Washington ask Niger's former president to do?", 'He asked former President Issoufou'],
  // A role asked is named by its holder's title, which seldom says what kind of role it is.
  ['What cabinet post does Antony Blinken hold?', 'US Secretary of State Antony Blinken'],
  // Making it official is making it known: how is the medium.
  ['how did he make it official, tv, radio, twitter?', 'after appearing on national television'],
  // Asked to find a line, the line's words are what is asked.
  [
    'Find the line where the chief diplomat warns that those holding Bazoum are jeopardising years of cooperation.',
    'threatening years of successful cooperation',
  ],
  // A request is asked for: "He asked…" says one in WordNet's word for it, "saying" only loosely.
  ["What request did Blinken make of Niger's previous president?", 'asked former President Issoufou'],
  // An agency is named where the State Department is, not where "the statement added" speaks for it.
  ['Which government agency put out the official statement on the calls?', 'US State Department said'],
  // Where talks stand is their status: "stand" is no word to find.
  [
    'According to the official statement, where did talks on restoring constitutional order stand?',
    'at an impasse',
  ],
  // Getting on the phone with someone is speaking with them.
  ['Who did Blinken get on the phone with?', 'spoke to Nigerien President Mohamed Bazoum'],
  // Holding someone is detaining them.
  ['Who is holding the president?', 'members of his own presidential guard'],
  // Locking someone up is detaining them.
  ['who locked up bazoum', 'members of his own presidential guard'],
  // What is at stake is what is under threat.
  ["What's at stake, per Blinken?", 'threatening years of successful cooperation'],
  // "actually" between the subject and its verb: "envoy" is the subject's head, not the verb.
  [
    "Did Washington's top envoy actually get through to the ousted leader himself, or only to his predecessor?",
    'spoke to Nigerien President Mohamed Bazoum',
  ],
  // An indefinite pronoun stands for whatever is asked: "anything" is no claimed noun to find.
  ['Did Blinken commend Bazoum for anything?', 'He further praised Bazoum’s role'],
  // "new" picks out which head: the sentence naming the new leader ranks above "The announcement came…".
  [
    'When did the general announce he was the new head of the country?',
    'declared himself as the country’s new leader',
  ],
  // A keyword fragment is read as a claim to check: the role given ("a Niger general") meets "rank".
  ['tiani rank', 'Abdourahamane Tiani, a Niger general'],
  // "around" only says where, loosely: the world's leaders are asked about, not "around".
  ['How have leaders around the globe reacted to the overthrow?', 'sharp criticism from world leaders'],
  // Getting worse is worsening, as close as words get to "deteriorating".
  ['Did Tiani claim the security situation was getting worse?', 'deteriorating security situation'],
  // Why someone is against something: what it risks is the reason, not the army's other purpose.
  [
    'why is the military against foreign troops coming in',
    'risks having disastrous and uncontrolled consequences',
  ],
  // Working together is cooperating, which "years of successful cooperation" measures.
  [
    'how long has the US been working together with niger according to blinken',
    'threatening years of successful cooperation',
  ],
  // Crediting someone with something is praising them for it.
  [
    'Did the Secretary credit Bazoum with improving security beyond Niger’s own borders?',
    'He further praised Bazoum’s role in promoting security',
  ],
  ['why did blinken give bazoum props', 'He further praised Bazoum’s role in promoting security'],
  // A sort of government is asked, not which one: a sentence naming the US government by name
  // does not hold one.
  ['which kind of govt does the US want things settled in favour of', 'in favor of the civilian-led'],
  // What the army thinks is known from what it says.
  [
    'what does the military think would happen if foreign troops came in',
    'risks having disastrous and uncontrolled consequences',
  ],
  // What Tiani meant by his words is what he said about them.
  [
    "what did tiani mean by 'deteriorating security situation'",
    'in a context of a “deteriorating security situation,”',
  ],
  // Not a question of what Blinken is: the opening sentence has no lead for being first.
  ['What was Blinken sorry about?', 'expressed regret'],
  // Asked how talks stand, a sentence saying where they stand ("at an impasse") holds the answer.
  ['What is the current state of the talks aimed at bringing back constitutional rule?', 'at an impasse'],
  ['Have talks aimed at restoring constitutional rule made progress, according to the US?', 'at an impasse'],
  ['how r the talks to restore order going', 'at an impasse'],
  // Being in charge is being the leader: "declared himself as the country's new leader".
  ['How did the general tell the country he was now in charge?', 'after appearing on national television'],
  // The dateline ("Washington:") says where the story was filed: no capital something happened in.
  [
    'Tell me what Blinken said about Bazoum staying on as leader in the capital.',
    'continuing leadership in Niamey',
  ],
  // "on the economic side" asks about the economy: "side" is no claimed noun to find.
  ['did tiani blame bad governance on the economic side?', 'poor economic and social governance'],
  // Supporting is no stance against: the army's warning is why it is opposed, not its support of
  // the seizure. Asked to check a claim of opposing, the support is the answer.
  [
    'Why is the army opposed to intervention from abroad?',
    'risks having disastrous and uncontrolled consequences',
  ],
  [
    'Did the Nigerien military high command say it opposed the takeover?',
    'said it was supporting the seizure',
  ],
  // A medium is no kind one holds: "before announcing" orders the appearance, asks no earlier one.
  [
    'Through which medium did Tiani make his appearance before announcing himself leader?',
    'after appearing on national television',
  ],
  // "What event took place" asks what happened.
  [
    'What event took place one day before Tiani’s announcement?',
    'military endorsed the leaders behind the toppling',
  ],
  // A role commended is a part someone had, not a post: the praise of his role comes first.
  ['Which is the role of Bazoum that the Secretary of State commended?', 'He further praised Bazoum’s role'],
  // "magnitude of" measures the assistance, and "approximately" asks how near: the amount is asked.
  [
    'Approximately what magnitude of financial assistance is mentioned as being threatened?',
    'hundreds of millions of dollars of assistance',
  ],
  // What was behind the coup caused it: "behind" asks why, as the leaders behind it do not say.
  ['What was behind the coup?', 'was motivated by both the desire'],
  // Having a conversation is speaking: the lede names whom he spoke to.
  [
    'With which persons did the American top diplomat have a conversation, according to the article?',
    'spoke to Nigerien President Mohamed Bazoum',
  ],
  // Grabbing a person is detaining them: the guard "detained … by" is who did it.
  ['who grabbed bazoum??', 'members of his own presidential guard'],
  // Who benefits from the aid is whom it helps: "assistance that support the Nigerien people".
  ['who benefits from the american aid money', 'assistance that support the Nigerien people'],
  // A role played may be a post: the sentence giving Tiani's new post answers.
  ['What role does Tiani play in the new government?', 'declared himself as the country’s new leader'],
  // "male" is a capital's name only by chance: a place is one after a preposition of place.
  ['Did the male general appear on national television?', 'after appearing on national television'],
  // A promise or a warning is made in verbs: "will continue to work", "warned against".
  ['What promise did the United States make to Niger?', 'the United States will continue to work'],
  [
    'What caution did the armed forces direct at outside powers?',
    'warned against foreign military intervention',
  ],
  // A quote is what the bot gives anyway: what the State Department said is asked.
  [
    'Give me the State Dept quote about restoring constitutional order',
    'full restoration of constitutional order',
  ],
  // "whether" only asks, and "Mr." is a title: neither is a word to find.
  [
    'Did Mr. Blinken say anything about whether Bazoum ought to keep leading the country from the capital?',
    'continuing leadership in Niamey',
  ],
  // The source of the army's warning is who reported it.
  ['Who is the source for the army’s warning about outside intervention?', 'CNN reported'],
  ['Which outlet is credited with reporting the junta’s warning against intervention?', 'CNN reported'],
  // What someone is asked to have said may be passive: "held" is said as "in detention".
  ['Who says that Bazoum is still being held and the talks are stuck?', 'remains in detention'],
  // A city named in a lead-in setting the time need not be named by the answer.
  [
    'Since the president in Niamey was toppled, what has America’s top diplomat vowed the US will keep working toward there?',
    'continue to work to ensure',
  ],
  // A readout is a statement; "right now" is now.
  ['Which government body issued the formal readout of the calls?', 'US State Department said'],
  [
    'Per the official statement, is the elected president still being held right now?',
    'remains in detention',
  ],
  // Asked for words a statement used, a statement quoted whole gives them.
  [
    "what's the exact wording the statement used for US support of bazoum",
    'United States’ unflagging support',
  ],
  [
    'What exact words did the State Department use about restoring constitutional order in Niger?',
    'Secretary Blinken underscored that',
  ],
  // The source of someone's own words reported them: the sentence crediting CNN with Tiani's words.
  ["Who is the source of Tiani's remarks?", 'social governance, CNN reported'],
  // "the junta guy" is whoever leads it, as "guys" are: "guy" is no word to find.
  ['did the junta guy blame bad economic management at all?', 'poor economic and social governance'],
  // Considering someone something is saying so: the statement calls him democratically elected.
  [
    'Does the State Department consider Bazoum a democratically chosen leader?',
    'Democratically-elected President Bazoum remains in detention',
  ],
  // Being supposed to do something is light: whose favour is asked.
  ['issoufou is supposed to sort things out in whose favour exactly', 'in favor of the civilian-led'],
  // "keep" only says the leading goes on: what goes on is asked ("his continuing leadership").
  ['Where does Blinken want the president to keep leading from?', 'continuing leadership in Niamey'],
  // "right before" only says how near in time: "right" is no focus to meet.
  [
    'What did Tiani do right before announcing he was the new leader?',
    'after appearing on national television',
  ],
  // A rank is a post in the forces as a whole, though the role never names them.
  ['What rank does Tiani hold in the military?', 'Abdourahamane Tiani, a Niger general,'],
  // Blinken speaks inside the State Department's statement: it is his underscoring.
  ['What did Blinken underscore, according to the State Department?', 'Secretary Blinken underscored'],
  // Typos, shouting and polite wrappers reach the same answer.
  ['who detaned Bazum?', 'members of his own presidential guard'],
  ['WHO DETAINED BAZOUM', 'members of his own presidential guard'],
  ['Could you please tell me who detained Bazoum?', 'members of his own presidential guard'],
  // "state" names the kind of answer; the State Department's sentences do not say what state talks were in.
  ['What state were talks to restore constitutional order in, according to the statement?', 'at an impasse'],
  // "per", like "according to", says where, not what: it is no word to match.
  ['What state were the talks to restore constitutional order in, per the statement?', 'at an impasse'],
  // Asked a person's name, the sentence giving it in full comes first, not one calling them by title.
  ["What's the first name of the US secretary of state?", 'US Secretary of State Antony Blinken'],
  // "military" is the question's own word, but the sentence says it twice, once for the army it
  // speaks of ("the military's statement"): that one stands for "the soldiers".
  ['What did the soldiers say military intervention could lead to?', 'risks having disastrous'],
  ['What did the soldiers warn about military intervention?', 'risks having disastrous'],
  // Words pointing at the article itself are not read: "according" is in no sentence, and
  // "report" would match "CNN reported".
  ["According to the article, who declared himself Niger's new leader?", 'declared himself as the country'],
  ['Who detained Bazoum, according to the report?', 'members of his own presidential guard'],
  // "exact" and "specifically" ask for specifics, which these passages give; they are no words to match.
  ['What exact date did Tiani declare himself leader?', 'on July 28'],
  ['Who specifically detained Bazoum?', 'members of his own presidential guard'],
  // Chatter is no part of the question: "bot" and "quick question" are in no sentence either.
  [
    "Hey bot, quick question: who declared himself Niger's new leader? Thanks!",
    'declared himself as the country',
  ],
  // A lead-in sets the scene: "regarding" is in no sentence, and "coup" or "Niger" in many.
  ['Regarding the coup in Niger, what did Blinken commend Bazoum for?', 'promoting security'],
  // "people" asks who: it is not matched against "the Nigerien people".
  ['Which people detained Bazoum?', 'members of his own presidential guard'],
  // "Beyond" opens the question after "Q:": it is no name the articles lack.
  [
    'Q: Beyond Niger, which wider region did Blinken praise Bazoum for securing?',
    'the wider West Africa region',
  ],
  // Asking for the source: the bot always gives it; "source" is no word of the question.
  ['On what date did Tiani name himself the new leader? Give the source.', 'on July 28'],
  // A pasted link is no part of the question: "https" and "example" are in no sentence.
  ['Who detained Bazoum? https://example.com/niger-story', 'members of his own presidential guard'],
  // An instruction asks the question that follows it: "identify" is in no sentence.
  ["Identify who declared himself Niger's new leader.", 'declared himself as the country'],
  // One passage word may meet two question words of one kind ("quoted as _saying_", "according to
  // _reports_") or of a lead-in ("the official _statement_"): they restate one thing. Only a verb's
  // noun ("mediating the negotiations") is another word.
  [
    "Who is quoted as saying that Bazoum's detainers were jeopardizing years of cooperation and aid?",
    'expressed regret saying that those detaining Bazoum',
  ],
  ['Who, according to reports, detained President Bazoum?', 'members of his own presidential guard'],
  // Asked for a phrase or words used, a sentence quoting words within it names some.
  ['What phrase did the army use about the consequences of intervention?', 'risks having disastrous'],
  // "still" asks whether it goes on: "remains in detention" says so, "was detained two days ago" does not.
  ['Is Bazoum still being held?', 'remains in detention'],
  ['Is the ousted president still being held?', 'remains in detention'],
  // "now" describing someone asks nothing about what goes on: the dated sentence is the answer.
  [
    "Could you tell me through what medium the general now in power made himself known as the nation's leader?",
    'after appearing on national television',
  ],
  // …even where the question's words are those of the dated event ("detained"): a sentence dating
  // it ("two days ago") tells when it began, not that it goes on. "nah" is chat for "not".
  ['is bazoum still locked up?', 'remains in detention'],
  ['bazoum still locked up or nah', 'remains in detention'],
  ['is bazoum still being held or has he been freed', 'remains in detention'],
  // Issuing a statement is stating it: the State Department "said in an official statement".
  ['Who issued the official statement?', 'US State Department said in an official statement'],
  // A word picking out which one of a kind qualifies a noun: "a day earlier" is a time. Before an
  // actor's noun ("the new regime", "New leader Tiani", capitalised) it only describes the actor.
  ['What had the military endorsed a day earlier?', 'endorsed the leaders behind the toppling'],
  ['What did the new regime warn against?', 'warned against foreign military intervention'],
  ['New leader Tiani said the coup was motivated by what?', 'motivated by both the desire'],
  // Typed in lower case, the name after its role is no noun WordNet knows: the role is the head.
  ['new leader tiani said the coup was motivated by what?', 'motivated by both the desire'],
  // "last week" is a time, as "earlier" is, not which one of a kind.
  ['Who was detained last week?', 'members of his own presidential guard'],
  // "new" and "previous" describe actors here (the new leader is Tiani, the previous government
  // Bazoum's): no other one of a kind is asked for.
  [
    'What did the new leader accuse the previous government of failing to offer Nigeriens?',
    'did not give Nigeriens',
  ],
  [
    'According to the official statement, is the democratically elected president still in custody?',
    'remains in detention',
  ],
  // "What's the deal with…" asks how something stands.
  ['whats the deal with the negotiations to restore constitutional order?', 'were at an impasse'],
  ['whats up with the talks', 'were at an impasse'],
  ['hey whats the deal with bazoum', 'remains in detention'],
  // A pledge to keep working toward something is what "will continue to work" says.
  ['What did America pledge to keep working toward in Niger?', 'will continue to work to ensure'],
  // "According to the statement" points at whose words answer: the statement's sentence is in them.
  [
    'According to the statement, the situation should be resolved in favor of what sort of government?',
    'civilian-led democratically elected government',
  ],
  // How the statement speaks of someone ("calls him…") says whose words answer, not what is asked.
  [
    'Show me where the statement calls Bazoum democratically elected.',
    'Democratically-elected President Bazoum',
  ],
  // Speaking is done by both: Issoufou spoke to Blinken when Blinken spoke to him.
  ['Did Issoufou speak to Blinken?', 'Antony Blinken spoke to Nigerien President'],
  // A promise claimed in a verb is made in whatever verb the passage makes it ("reiterated").
  ['Show me where the US promises President Bazoum unwavering backing.', 'unflagging support'],
  // An aside set off by commas ("according to the military") is not what the kind asked for does.
  [
    'Which consequences, according to the military, might foreign intervention bring?',
    'risks having disastrous and uncontrolled consequences',
  ],
  // "self" typed apart from "declared" only says whose doing it was.
  ['when was tiani self declared leader', 'declared himself as the country’s new leader'],
  // Tiani's words, as CNN reported them.
  ['According to CNN, what did Tiani say motivated the coup?', 'motivated by both the desire'],
  // …and what he went on saying, in the sentence after the one CNN is credited with.
  ['According to CNN, what did Tiani say about the former government?', 'former government, he said'],
  // "current" asks how things stand now: a passage saying what goes on ("remains") answers.
  [
    "According to the official statement, what is the elected president's current situation?",
    'remains in detention',
  ],
  // A capital's name is a capital, and a city, where one is spoken of as a place.
  ['What did Blinken say was important about Bazoum in the capital?', 'leadership in Niamey'],
  ['in which city does blinken want bazoum to keep leading', 'leadership in Niamey'],
];

describe('a question asking for the words someone used', () => {
  it('offers the sentences quoting words within them first', () => {
    const result = answer(library, 'what phrase did tiani use about protecting the country');
    expect(result.passages.map((passage) => passage.text).join('\n')).toContain('“preserve our homeland”');
  });

  it('answers a request for exact words: the bot quotes exactly anyway, so "exact" demands nothing more', () => {
    const result = answer(
      library,
      'What exact words did the military use about the risks of foreign intervention?',
    );
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('“risks having disastrous and uncontrolled consequences”');
  });

  it('reads "Give me Tiani\'s exact words about the homeland" as what words he used about it', () => {
    const result = answer(library, "Give me Tiani's exact words about the homeland.");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('“preserve our homeland”');
  });
});

describe('answer on the seed article', () => {
  it.each(ANSWERABLE)('%s', (question, expected) => {
    const result = answer(library, question);
    expect(result.status).toBe('answered');
    expect(result.passages[0]?.text).toContain(expected);
  });

  it.each([
    'What did France say about the coup?',
    // Someone set aside, a passage naming nobody else gives no one else.
    'Apart from Tiani, which officers were among the leaders behind the toppling of Bazoum’s government?',
    // Asked to name the world leaders who did something, a passage naming none names none.
    'Could you name some of the world leaders who condemned the takeover?',
    // Who published or wrote the article itself is no sentence's to tell.
    'Which newspaper or website published this article?',
    "Who is the story's author?",
    'Who wrote this news article?',
    // …and where someone stands is in their own words: Issoufou is only spoken to.
    "What is Issoufou's stance on the coup?",
    // Typed all in lower case, a name is still a name (told by its part of speech).
    'what did france say about the coup in niger?',
    // …and so is a people's word: it names their country, which no article does.
    "did the french government respond to tiani's tv announcement?",
    'What did Russia say about the military takeover?',
    // A time set in a lead-in is no focus: the unit asked for is ("Which unit did General Tiani
    // command before the coup?" is declined too).
    'Before the coup, which unit did General Tiani command?',
    // …but reforms asked for are reforms: praise for his role in security names none.
    'For which reforms did Blinken praise Bazoum?',
    // …but only the one asked about finds it: Blinken finds no fault with Tiani.
    'What reproach did Blinken make against Tiani?',
    // A noun before a name is part of who is meant only inside a noun phrase: "release" is asked.
    'Why did the presidential guard release Bazoum on July 29?',
    // …and still need the one asked about to say it again.
    'Did Tiani reaffirm his support for Bazoum?',
    // …but only the one spoken to was contacted.
    'Was Tiani contacted by Blinken?',
    // A kind of actor a claim names must be spoken of: Blinken spoke to no army.
    'Did Blinken speak to the army?',
    'Did Blinken contact the army?',
    // "foreigners" is not "foreign", an adjective.
    'Did the army warn foreigners?',
    // A country asked about must be spoken of: Tiani's broadcast names no United States.
    'What did Tiani say about the United States in his broadcast?',
    // The names are the article's; what is asked about (birthplace, independence) is not.
    'Where was Tiani born?',
    // The article names Niamey but never says it is the capital.
    'What is the capital of Niger?',
    'When did Niger gain independence?',
    'How many soldiers are in the presidential guard?',
    // "African" and a "union" (WordNet: unite → United) are in the article; the African Union is not.
    'What did the African Union say about the coup?',
    // A region's name typed in lower case says where; the bloc is what is asked, and unnamed.
    'how did the west african regional bloc respond to the coup?',
    // "leading" is the article's word ("his continuing leadership"), but the sentence on the
    // negotiations has it in no form: Bazoum, whom it names, is not said to lead them.
    'Who is leading the negotiations over constitutional order in Niger?',
    // WordNet has "negotiate" for "mediate", but the sentence's "negotiations" is the question's own
    // word: it names no mediator.
    'Who was mediating the stalled negotiations over constitutional order in Niger?',
    'Who is mediating the negotiations that reached an impasse?',
    'Who mediated the negotiations to ensure constitutional order in Niger that were at an impasse?',
    // A post "to" a country describes nobody the article names, and an asked role is met by its
    // word or WordNet's, not by a role near it in the vector space: a secretary is no ambassador.
    'Who is the US ambassador to Niger?',
    // A role of several words a "who" question names, not its focus, is still a role nobody holds.
    'Who was appointed prime minister of Niger after Tiani took power?',
    // After a fronted phrase without a comma, "who" is still the question word, and what follows
    // it is asked, not a clause describing the phrase.
    'After the coup who was appointed prime minister of Niger?',
    'In Niger who mediated the negotiations that were at an impasse?',
    'in niger who is the head of the army',
    // A head is a holder asked for too, met by a person's word ("chief"), not by a verb of another
    // sense ("head" → continue, in "will continue to work").
    "who is the head of niger's army",
    // "a day after the military endorsed the leaders behind the toppling" dates the announcement.
    "When was Bazoum's government toppled?",
    // A purpose clause ("work to ensure…") is no reason given for what is asked.
    'What reasons did the junta give for closing the borders?',
    'What justification did the junta give for detaining Bazoum?',
    // The article says "democratically elected" of Bazoum and his government, never that elections
    // are held or promised.
    'Did Tiani promise to hold new elections?',
    // "taking part" is a verb of its own (participate): nobody is said to take part in the talks.
    'Who is taking part in the negotiations that reached an impasse?',
    // A treaty is a kind of statement to WordNet, as are most things said: that tells nothing.
    'What did the treaty say?',
    // Trade figures are an amount of trade: the aid's amount is none.
    'What trade figures did the US give?',
    'Which economic figures did Tiani cite?',
    // Deciding is light before "to": siding with the coup leaders is asked, and never said.
    'Why did former president Issoufou decide to side with the coup leaders?',
    // The elections held are what is asked, before the junta holding them ("military" ~ "junta").
    'When does the junta plan to hold new elections?',
    // What was announced is claimed: suspending aid, which no article says, not the announcing.
    'did the US announce it is suspending its aid to niger?',
    // Holding elections is having them: the elections are asked about, which no article mentions.
    'When will Niger hold new presidential elections?',
    // A capital typed in lower case is still a place the articles never name.
    "what did blinken say about the importance of bazoum's continuing leadership in abuja",
    // Issoufou's role is asked: the praise of Bazoum's role speaks of another one.
    "How did Blinken praise former president Issoufou's role in promoting security across West Africa?",
    // The army command supported the seizure: why it opposed it is no question the articles answer.
    'Why did the Nigerien army command oppose the coup on Thursday?',
    // "of state" is part of the kind asked: one of them must be said to condemn, and none is.
    'Which African heads of state have condemned the coup in Niger?',
    // Economic figures are numbers, which the article never gives: Tiani is no figure of that sort.
    'What economic figures did Tiani cite as evidence of poor governance?',
    // A station is an outlet, asked by name: the article names none that aired anything.
    'whats the name of the tv station tiani appeared on?',
    // Whom a reported clause is about is asked about too: no passage speaks of rebels or farmers
    // ("Nigerien people" is near any word for people in the vector space).
    'What did Blinken say the rebels were planning?',
    'What did Blinken say the farmers were threatening?',
    // "members of" portions out the family: the family is asked about, and never mentioned
    // ("members of his own presidential guard" are someone else's).
    "What happened to members of Bazoum's family during the coup?",
    // A cause the article gives is the coup's, not that of something it never speaks of.
    'Why did Tiani dissolve parliament?',
    'Why did the general say he dissolved the government?',
    // The release is what is asked about, not the expecting: no passage speaks of one.
    'When is Bazoum expected to be released?',
    // A party is a kind of organisation the article never names: "democratic" and "leaders" are
    // near "party" in the vector space, not one.
    'What political party does Mohamed Bazoum belong to?',
    // "negotiations" is met, but the only people named there (Bazoum) are the question's own:
    // nobody else could be the one who negotiates. The statement the sentence is read from is no one.
    "Who was negotiating with the coup leaders on Bazoum's behalf?",
    "Apart from Tiani, who are the leaders behind the toppling of Bazoum's government that the military endorsed?",
    // Bazoum is named, but in the clause on his detention, not in the one on the negotiations.
    'who is negotiating with the junta to end the impasse',
    // A claim naming people is confirmed by what the passage says of them, not by their names:
    // the sentences naming Issoufou and Bazoum say nothing of backing the coup or of resigning.
    'did issoufou support the coup?',
    'Is it true that Bazoum has agreed to resign?',
    // …nor "leads" by the end of "the civilian-led government", which describes it.
    "Who leads the junta's negotiating team?",
    // "commands" is not met by the body "the Nigerien army _command_": nobody is said to lead the guard.
    'Who commands the presidential guard?',
    // "previous", "next" pick out another coup or election than the one the article reports.
    'Who led the previous coup in Niger?',
    "When is Niger's next presidential election scheduled?",
    'When was the last military coup in Niger before this one?',
    // The state of his health is asked: his health, which no passage speaks of.
    "What is Bazoum's state of health while in detention?",
    // "the first to…" asks who was first, which no passage says.
    'Which world leader was the first to condemn the coup?',
    // The noun it qualifies is the last of the run: the coup, not Niger or the army.
    'Who led the previous Niger coup?',
    'Who led the previous army coup?',
    // A claim to check names something the article never speaks of ("borders", "family"): the
    // passage most like it confirms the rest, not that.
    "Did the junta close Niger's borders after the coup?",
    "The junta closed Niger's borders, is that true?",
    // The junta's name is asked; the sentence on the coup names only a person (Tiani) and a country.
    'What is the name of the junta that seized power in Niger?',
    // A channel's name is asked ("national" describes it; "tiani" opens a clause without "that"):
    // the article names none, only "national television".
    'What is the name of the national television channel on which Tiani made his announcement?',
    'what was the name of the tv channel tiani appeared on',
    'What name did the military leaders behind the coup give to their ruling body?',
    // The name of someone asked by a role, or what "what is" asks someone to be, asks for a person
    // holding it: the article names no commander of the guard, and no CNN reporter.
    'What is the name of the commander of the presidential guard unit that seized the president?',
    'What is the name of the presidential guard commander who detained Bazoum?',
    "Name the CNN reporter who covered Tiani's televised speech.",
    // A council is a body too.
    'What name did the coup leaders give to their ruling council?',
    // "commands" is the verb (wink: a plural noun): the sentence naming the guard does not say who does.
    'Who commands the presidential guard that detained Bazoum?',
    "Were members of Bazoum's family also detained along with him?",
    // Ending in an article word is not being a kind of it: a coastguard is no presidential guard.
    'Was Bazoum detained by the coastguard?',
    // Nothing is asked about: some passage is always loosely like a lone "however" or "besides".
    'however',
    'besides',
    'According to, did?',
    // An acronym is a name even where a claim to check opens with it: ECOWAS is not in the article.
    'Is it true that ECOWAS threatened to intervene militarily in Niger?',
    // Named by name, Bazoum's other words ("elected") are asked about, not who is meant: his
    // detention "two days ago" is no date of an election.
    'When was Bazoum elected?',
    // "saying" (a verb here) is not read as the noun, a kind of language.
    'What languages are spoken in Niger?',
    // "elected" is the article's word, but not in the sentence with a time ("detained two days
    // ago"): that time is another event's.
    'When was Bazoum originally elected president?',
    // "broadcast" and "border" are the verbs, so a channel and countries are asked for: the
    // article names none but the question's "television" and Niger.
    "Which national television channel broadcast Tiani's announcement?",
    'Which countries border Niger?',
    'Which West African countries border Niger?',
    // A month asked in the plural is still a month: "Thursday" is none.
    'Which months did the army command say it was supporting the seizure?',
    // A rare sense vouches only beside the claim's other words, and not with a particle or a
    // complement setting another sense: "those detaining Bazoum" is not said of the Secretary.
    // Asked only where someone was, the place must be said in a clause naming them: "in Niger"
    // is where democratic rule is restored, in what Blinken was "saying".
    'Where was Mahamadou Issoufou when Blinken called him?',
    // The secretary is asked to have said it, and CNN to report it: the army's warning, which CNN
    // reported, is not his, and his words came through the State Department. Nor did the general
    // report anything the Secretary said.
    'According to the general, what did the Secretary of State say about Niger?',
    'According to CNN, what did the American secretary of state say about outside military intervention in Niger?',
    'Is the Secretary of State still being held?',
    'Is Bazoum still being held accountable?',
    // "self" makes the meaning of a claimed noun: self-government is no government.
    'Does Niger have self-government?',
    // Holding back aid is no detaining: an active verb's object sets the common sense.
    'Is the US holding back aid?',
    // Holding negotiations is no detaining: the guard's "detained … by" does not say who.
    'Who held negotiations about Bazoum?',
    // A vote asked about must be spoken of: "elected" is no election held.
    'When does the junta plan to hold elections?',
    'Did the new strongman promise elections?',
    // A city named as where something happens must be where the passage places it.
    'were there protests in niamey against the coup?',
    // Whoever does the talks is named in the clause speaking of them: Bazoum's detention is another.
    'Who was doing the negotiations that reached an impasse?',
    // …but a reaction someone else had is not given by the world's.
    "What was the junta's reaction to Blinken's statement?",
    // A response to a request is not said by the request ("He asked … Issoufou to continue efforts").
    "Did Issoufou agree to the Secretary's request to keep up his efforts?",
    'Has Bazoum agreed to step aside?',
    // …nor by what someone else will do ("saying the US will continue to work").
    "Did Issoufou agree to Blinken's request to keep working on the situation?",
    // …nor is what was agreed to, when the passage says it only as what was asked of him.
    'Did Issoufou agree to continue efforts to resolve the situation?',
    // What came after the article's events is told by no passage telling what came after.
    'did foreign military intervention actually happen later',
    'Did the negotiations to restore constitutional order in Niger eventually reach a deal?',
    // No CNN reporter is named: "CNN reported" says only the outlet.
    'CNN reporter name',
    // The talks' purpose ("negotiations to ensure constitutional order") is no reason for the impasse.
    'Why did the negotiations end up at an impasse?',
    // An amount of an event the articles never name ("suspended") is not the amount threatened.
    'How many millions of dollars of US assistance to Niger have been suspended?',
    // "in Niger" is said of the constitutional order, in another clause than the detention.
    'Where exactly is Bazoum being kept in detention?',
    // Years asked for, no sentence on Issoufou gives one.
    'During which years did Mahamadou Issoufou serve as president?',
    // Asked for specifics, a passage that answers only in general does not answer: "world
    // leaders" names none, "hundreds of millions of dollars" is no exact sum.
    'Which specific world leaders have criticised the coup?',
    'In exact dollars, how much aid does the US give Niger?',
    'What is the exact dollar amount of US assistance to Niger?',
    'What is the exact dollar figure of American aid that Niger receives each year?',
    // The article names no spokesperson: the Secretary of State does not speak for the department.
    'who was the state dept spokesperson that put out the statement',
    // "by name" asks for names, which "world leaders" are not.
    'Which world leaders criticised the coup by name?',
    // Tiani is a leader, but the sentence naming him does not say he condemned anything.
    'Which specific world leaders condemned the takeover?',
    'Which specific world leaders have publicly condemned the coup?',
    'Which specific world leaders, if any, condemned the coup?',
    // Members of a kind asked for ("which" and a plural) are named: "criticism from world leaders"
    // names none, and Tiani, a leader, is not said to condemn anything.
    'Which world leaders condemned the coup in Niger?',
    'Which world leaders criticised the coup?',
    // "Earlier, on Thursday, the army command said…" dates a saying, but gives no place; and a time
    // after the verb of saying is of what was said ("Tiani said … that Wednesday's coup…").
    'Where did the army command declare its support?',
    'When did Tiani declare that the coup was motivated by poor governance?',
    // "unit" is stemmed like "United" (States), but no article says "unit".
    'Which unit did General Tiani command before the coup?',
    // Asked who holds a role, a sentence that never names the role nor its holder does not say.
    'Who is the commander of Niger’s presidential guard?',
    // "command" only shares the stem of "commander": the army command is no commander of the guard.
    'Who is the commander of the guard?',
    // A claim about Tiani: the sentence on the guard never names nor mentions him.
    'Is it true that Tiani was the commander of the presidential guard?',
    'On what date did the Secretary of State make the calls?',
    // A "mission" may be a delegation: no purpose meets it.
    'What mission did the State Department send to Niger?',
    // Asked what someone said, the words must be theirs: Blinken "saying", or asking Issoufou, is
    // no reply of Issoufou's, and Bazoum is only spoken to and about.
    "What was Issoufou's reply to Blinken's request?",
    'What did Issoufou say?',
    "How did Issoufou respond to Blinken's message?",
    'What did Bazoum tell Blinken during their phone call?',
    // The guard detained Bazoum but says nothing; CNN is credited with other sentences.
    'What did the presidential guard say about the coup?',
    'Did CNN report that world leaders criticised the coup?',
    // Tiani's one role, "a Niger general", is no post in the presidential guard.
    'What position did Tiani hold within the presidential guard before the coup?',
    // A claim about the presidential guard: the sentence on Tiani never speaks of the guard.
    'Is Abdourahamane Tiani the commander of the presidential guard?',
    'Is Tiani the general who commands the presidential guard?',
    // A claim about the one person the articles call a general: the sentence on Blinken's calls
    // never speaks of Tiani.
    'Did Blinken speak to the general?',
    'Did the general talk to Blinken after the coup?',
    // "troops" is near "security" in the vectors, but "security" is the question's own word: the
    // sentence on what motivated the coup names no troops.
    'Did Tiani blame foreign troops for the deteriorating security situation?',
    // A role of several words is that role, not its last word: no article names a prime minister
    // or a vice president (the president is another), nor an attorney general (Tiani is a general).
    "Who is Niger's prime minister?",
    'Who is the vice president?',
    'Who is the Vice President?',
    'Who are the prime ministers?',
    'Did the vice president speak to Blinken?',
    'Did the attorney general speak to Blinken?',
    // Claims about someone the passage never speaks of: the army warned against intervention, not
    // the State Department (a body of a government, not a country); Bazoum's role was praised.
    'Did the State Department warn against foreign military intervention?',
    // The relative clause "who seized power" says who is meant; "plan" (tagged a noun) is the main
    // verb, and no article gives the general's plans.
    'when does the general who seized power plan to hold new elections',
    // "human rights" is part of the category asked: CNN is no human rights organization.
    'Which human rights group reported the army’s warning about intervention?',
    "Did Blinken praise Issoufou's role in promoting security?",
    // A measure asked for, which no article gives.
    'What is the size of the presidential guard?',
    // Whose words these would be is not checked (a government speaks through others): the verb
    // stays what is asked, and Tiani's own declaration is no accusation by the State Department.
    'What did the State Department accuse Tiani of?',
    // A thing asked for that no article names is met only by a firm paraphrase: "sanction" is an
    // approval too in WordNet, which "endorsed" says, but only loosely near in the vectors.
    'What sanctions did Washington impose on the coup leaders?',
    'What demands have the coup leaders made in the stalled negotiations?',
    // To side with someone is what is asked, not a side of something.
    'Why did former president Issoufou decide to side with the coup leaders?',
    // Why one thing rather than another: the passage must say it gives a reason, not only what
    // the call was for ("saying the US will continue to work to ensure…").
    'Why did Blinken speak to Issoufou rather than the coup leaders?',
    'why did the guard rather than the army detain Bazoum?',
    // Whose health is asked is spoken of in an answer: an owner of anything but another actor counts.
    "What did CNN report about Issoufou's health?",
    // The military endorsed the coup's leaders; Bazoum is named there, but not as the one endorsing.
    'Why did Bazoum endorse Tiani?',
    // What came of a request is its outcome, which the request does not say.
    "What came of the former president's efforts to resolve the situation?",
  ])('says the articles do not answer: %s', (question) => {
    const result = answer(library, question);
    expect(result.answered).toBe(false);
    expect(result.status).toBe('not-found');
  });

  it('reads the question word that comes first: a later "when" opens a clause, and a city is asked for', () => {
    const result = answer(
      library,
      "Which city did Blinken mention when talking about Bazoum's continuing leadership?",
    );
    expect(result.answered).toBe(true);
    // Among the three passages shown (the lede, with its "Washington" dateline, still outranks it).
    expect(
      result.passages
        .slice(0, 3)
        .map((passage) => passage.text)
        .join('\n'),
    ).toContain('leadership in Niamey');
  });

  it('takes a sentence naming something of the asked category as meeting the question ("television" is a medium)', () => {
    // "medium" is in no sentence; WordNet has television as a kind of medium.
    const result = answer(library, 'Via what medium did the general announce that he was the new leader?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('after appearing on national television');
  });

  it('answers from the asked speaker even when a likelier passage, not theirs, also lacks the focus', () => {
    // "The announcement came…" is more like the question but is not Tiani's, and names no medium.
    const result = answer(library, 'By what medium did the general announce that he was taking charge?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('after appearing on national television');
  });

  it('ranks a sentence naming a medium first for a question asking how something was made known', () => {
    // Neither asks for a medium in words: "how did he tell / make his announcement" does.
    for (const question of [
      'How did the general tell the country he was now in charge?',
      'How did Tiani make his announcement?',
    ]) {
      expect(answer(library, question).passages[0]?.text).toContain('after appearing on national television');
    }
  });

  it('answers "why" only with a reason the question does not already hold', () => {
    // The negotiations' purpose ("to ensure constitutional order") is what the question names them by.
    expect(
      answer(library, 'Why were the negotiations to restore constitutional order in Niger at an impasse?')
        .answered,
    ).toBe(false);
    expect(answer(library, 'why did the presidential guard turn on Bazoum and detain him').answered).toBe(
      false,
    );
    const reasons = answer(library, 'Why did the army say it backed the seizure?');
    expect(reasons.answered).toBe(true);
    expect(reasons.passages[0]?.text).toContain('in a bid to thwart bloodshed');
  });

  it('takes a role asked of an earlier time only from a sentence giving a former one', () => {
    // "a Niger general" is what Tiani is now; "former president Mahamadou Issoufou" was one.
    expect(answer(library, 'What post did General Tiani hold before the coup?').answered).toBe(false);
    expect(answer(library, 'What post did Issoufou hold before Bazoum?').answered).toBe(true);
    expect(answer(library, 'What rank does Tiani hold?').answered).toBe(true);
    // "before the nation" is a place, not an earlier time.
    expect(answer(library, 'What rank did Tiani hold when he appeared before the nation?').answered).toBe(
      true,
    );
  });

  it('takes the object of a light verb as what is asked ("give a timeline": the timeline)', () => {
    // "timeline" is in no sentence: "did not give Nigeriens a glimpse…" shares only the verb.
    expect(answer(library, 'Did Tiani give a timeline for a return to civilian rule?').answered).toBe(false);
    const reasons = answer(library, 'What reasons did Tiani give for the coup?');
    expect(reasons.answered).toBe(true);
    expect(reasons.passages[0]?.text).toContain('motivated by both the desire');
  });

  it('reads a short question with a verb as asking about an event, not for a definition', () => {
    // The opening sentence names Issoufou too; the one saying what he was asked answers.
    expect(answer(library, 'What was former President Issoufou asked to do?').passages[0]?.text).toContain(
      'He asked former President Issoufou to continue efforts',
    );
  });

  it('ranks first for "who" the doer of the asked event in a less common sense of its verb', () => {
    // "hold" is "detain" in one of its rarer senses: "detained … by members of his own guard".
    for (const question of ['Who is holding the president?', 'Who is holding the Nigerien president?']) {
      expect(answer(library, question).passages[0]?.text).toContain(
        'by members of his own presidential guard',
      );
    }
  });

  it('answers "which" and a plural kind by a passage naming one of the kind doing it, or done to', () => {
    // Passive: the leaders are who was endorsed, not who did it.
    expect(answer(library, 'Which leaders were endorsed by the military?').passages[0]?.text).toContain(
      'military endorsed the leaders',
    );
    expect(answer(library, 'Which leaders were endorsed by the military?').answered).toBe(true);
    // A kind the actor table does not list, met by the word a role or name ends in.
    for (const [question, expected] of [
      [
        'Which generals declared themselves leader?',
        'Abdourahamane Tiani, a Niger general, declared himself',
      ],
      ['Which guards detained Bazoum?', 'by members of his own presidential guard'],
    ] as const) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain(expected);
    }
  });

  it('ranks first for "whose X" a sentence naming X after a possessive name', () => {
    // "Bazoum's government": "administration" stands for government.
    for (const question of [
      'Whose administration was overthrown?',
      'Whose government was overthrown in the coup?',
    ]) {
      expect(answer(library, question).passages[0]?.text).toContain('President Mohamed Bazoum’s government');
    }
  });

  it('answers "which <kind>" with one the question does not name, or declines', () => {
    // Niger is named in the question: no other country is in the article.
    expect(answer(library, 'Which countries have threatened to send troops into Niger?').answered).toBe(
      false,
    );
    expect(answer(library, 'Which neighbouring nations shut their borders with Niger?').answered).toBe(false);
    // CNN is an outlet; a government, a group or a force may be named in words WordNet does not
    // file under them ("the presidential guard"); the country owning the president is asked
    // through him, not as a name the sentence must hold.
    for (const [question, expected] of [
      ['Which news outlet reported Tiani’s remarks?', 'CNN reported'],
      ['Which government did the military topple?', 'President Mohamed Bazoum’s government'],
      ['Which country’s president was detained?', 'Bazoum was reportedly detained'],
      ['Which group detained Bazoum?', 'members of his own presidential guard'],
    ] as const) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain(expected);
    }
  });

  it('takes a sentence mentioning an actor of the asked kind as meeting the question ("figures" are people)', () => {
    // No sentence says "figures"; Bazoum and Issoufou are people.
    const result = answer(library, 'Which two political figures did Blinken speak with?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('spoke to Nigerien President Mohamed Bazoum');
  });

  it('weighs the words naming one actor as one: a lede naming everyone does not outrank what was asked', () => {
    // "Secretary of State" and "former head of state" are five words for two people: counted word
    // by word, the lede, which names both, outranked "He asked former President Issoufou…".
    const result = answer(
      library,
      'What request did the Secretary of State make of the former head of state?',
    );
    expect(result.passages[0]?.text).toContain('He asked former President Issoufou to continue efforts');
  });

  it('ranks by a less common WordNet sense ("held" in detention), and takes it as an answer only to a passive claim', () => {
    // "hold" → detention is WordNet's 7th sense of the verb: a hint that ranks, firm only where no
    // object sets the sense ("still being held", not "holding the meeting").
    expect(library.related?.get('hold')).not.toContain('detention');
    expect(library.rarelyRelated?.get('hold')).toContain('detention');
    const claim = answer(library, 'Is the elected president still being held?');
    expect(claim.passages[0]?.text).toContain('remains in detention');
    expect(claim.answered).toBe(true);
    expect(answer(library, 'Who is holding the meeting?').answered).toBe(false);
  });

  it('ranks by who is asked about, not by the lede, where the focus is met nowhere', () => {
    // Asked about Bazoum by name: the lede on democratic rule in Niger never speaks of him. "power"
    // is no word of the article, nor one WordNet or the vectors give for "elected", so it is declined
    // with the right passage first.
    const result = answer(
      library,
      'How does the State Department statement describe the way Bazoum came to power?',
    );
    expect(result.passages[0]?.text).toContain('Democratically-elected President Bazoum');
    // A known loss: it was answered while the statement's own words were taken for the focus.
    expect(result.answered).toBe(false);
  });

  it('ranks a sentence with the unseen focus ("negotiations" for "talks") above one without it', () => {
    const result = answer(library, 'How were the talks on restoring constitutional rule going?');
    expect(result.passages[0]?.text).toContain(
      'negotiations to ensure constitutional order in Niger were at an impasse',
    );
  });

  it("ranks the asked speaker's own words first, and declines when others' were likelier", () => {
    // Tiani's words come before the army command's reason. The army's scored higher before his
    // were preferred, but carries less of the question: his answer stands.
    const blamed = answer(
      library,
      'Apart from security, what other failing did the general blame for the takeover?',
    );
    expect(blamed.passages[0]?.text).toContain('poor economic and social governance');
    expect(blamed.answered).toBe(true);
    // The reasons the general gave are his words, not the US's purpose.
    const reasons = answer(library, 'What reasons did the general give for seizing power?');
    expect(reasons.passages[0]?.text).toContain('coup was motivated by both');
    // Tiani's own sentences say nothing of world leaders: the one that does is not his.
    const claimed = answer(library, 'Did Tiani say that world leaders criticised the coup?');
    expect(claimed.answered).toBe(false);
    expect(claimed.passages.map((passage) => passage.text)).toContain(
      'The coup has drawn sharp criticism from world leaders.',
    );
  });

  it('weighs every form of a verb that only shapes the question as little ("happens", "come")', () => {
    // "came" in "The announcement came a day after…" is no match for what is asked.
    const result = answer(library, 'what does the army say happens if foreign troops come in');
    expect(result.passages.slice(0, 3).map((passage) => passage.text)).toContainEqual(
      expect.stringContaining('warned against foreign military intervention'),
    );
  });

  it('ranks by the actor a common noun names, not by its word neighbours ("the general" is no "Secretary")', () => {
    const result = answer(library, 'Through what medium did the general make his self-proclamation?');
    expect(result.passages[0]?.text).toContain('after appearing on national television');
  });

  it('quotes exact substrings of the article with their source', () => {
    const result = answer(library, 'What did CNN report?', { top: 5 });
    const article = library.articles.get('us-niger-coup');
    expect(result.passages.length).toBeGreaterThan(0);
    for (const passage of result.passages) {
      expect(article?.text.slice(passage.start, passage.end)).toBe(passage.text);
      expect(passage.title).toBe(article?.title);
      expect(passage.paragraph).toBeGreaterThan(0);
    }
    expect(result.passages.some((passage) => passage.attribution === 'CNN')).toBe(true);
  });

  it('gives the neighbouring sentences of the same paragraph as context, and respects top', () => {
    const result = answer(library, 'Who detained Bazoum?', { top: 1, context: 2 });
    expect(result.passages).toHaveLength(1);
    // Every paragraph of the seed article is one sentence long.
    expect(result.passages[0]?.before).toEqual([]);
    expect(result.passages[0]?.after).toEqual([]);
  });

  it('reports empty questions, questions of stop words only, and unknown articles', () => {
    expect(answer(library, '   ').status).toBe('empty-question');
    expect(answer(library, 'who is it?').status).toBe('not-found');
    expect(answer(library, 'Who detained Bazoum?', { article: 'nope' }).status).toBe('unknown-article');
  });

  it('survives a huge question', () => {
    const huge = 'Who detained Bazoum? '.repeat(5000);
    expect(answer(library, huge).passages[0]?.text).toContain('presidential guard');
  });
});

describe('answer across articles', () => {
  const make = (id: string, text: string): Article => ({
    id,
    title: id,
    publisher: null,
    url: `https://example.org/${id}`,
    date: null,
    file: `${id}.md`,
    text,
  });
  // A library of the given articles, built as the bot builds it.
  const libraryOf = async (...articles: Article[]): Promise<Library> =>
    buildLibrary(articles, await loadLibraryResources());

  it('takes a capital named only in a dateline as where things happened unless the story names another', async () => {
    const seedLibrary = await loadSeedLibrary();
    const library = await libraryOf(
      make(
        'wire',
        'NIAMEY, Niger (AP) — Mutinous soldiers surrounded the presidential palace on Wednesday.\n\nThe State Department in Washington said it was watching closely.\n\nMale relatives of the president were also detained.',
      ),
    );
    const wire = answer(library, 'Were soldiers in the capital?');
    expect(wire.answered).toBe(true);
    expect(wire.passages[0]?.text).toContain('Mutinous soldiers surrounded');
    // (It names its country, and another capital only as a speaker's seat.) The seed story is filed
    // from Washington, names no country there, and places Bazoum's leadership in Niamey.
    expect(
      answer(seedLibrary, 'Tell me what Blinken said about Bazoum staying on as leader in the capital.')
        .passages[0]?.text,
    ).toContain('continuing leadership in Niamey');
  });

  it('asked which party or entity did something, names whoever did, an army as well as a person', async () => {
    const library = await loadSeedLibrary();
    for (const question of [
      'Which party warned against foreign military intervention?',
      'Which entity said it was supporting the seizure?',
    ]) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toMatch(/military’s statement|army command/);
    }
    // A political party is still one, and the articles name none.
    expect(answer(library, 'Which political party does Bazoum belong to?').answered).toBe(false);
  });

  it('asked which region, ranks first the sentence naming one with the word ("the Tillaberi region")', async () => {
    const library = await libraryOf(
      make(
        'floods',
        'The minister spoke to reporters in Paris on Monday about the floods in the south. She later visited farmers in the Tillaberi region, where the floods destroyed crops. Aid workers said the minister promised help.',
      ),
    );
    expect(answer(library, 'Which region did the minister visit?').passages[0]?.text).toContain(
      'Tillaberi region',
    );
    // A sort asked is not named by a name: "what kind of government" is not "Bazoum's government".
    expect(
      answer(
        await loadSeedLibrary(),
        'According to the statement, the crisis should be settled in favor of what kind of government?',
      ).passages[0]?.text,
    ).toContain('civilian-led democratically elected government');
  });

  it('asked why someone did something, declines a sentence about another of their deeds', async () => {
    const library = await libraryOf(
      make(
        'match',
        'Manager Pep Guardiola spoke to Erling Haaland and Phil Foden after the match, saying the team would keep working to win the title. He praised Haaland for his finishing in the second half. The club said the stadium would be rebuilt to hold more fans.',
      ),
    );
    // The lede speaks to Foden, with a purpose of its own ("to win the title"), but praises nobody.
    expect(answer(library, 'What did Guardiola praise Foden for?').answered).toBe(false);
    expect(answer(library, 'Why did Guardiola praise Foden?').answered).toBe(false);
    for (const question of [
      'What did Guardiola praise Haaland for?',
      'Why did the manager praise Haaland?',
    ]) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('praised Haaland for his finishing');
    }
    const seed = await loadSeedLibrary();
    expect(answer(seed, 'What did Blinken praise former President Issoufou for?').answered).toBe(false);
    expect(answer(seed, 'What did Blinken praise Bazoum for?').passages[0]?.text).toContain(
      'praised Bazoum’s role in promoting security',
    );
  });

  it('confirms a claim whose verb the articles use only by a passage saying it', async () => {
    const library = await libraryOf(
      make(
        'club',
        'The board endorsed the new manager on Friday.\n\nThe chairman asked former captain Ruth Okafor to continue efforts to resolve the dispute in favor of the player-led committee.\n\nOkafor was not detained by police, her lawyer said.',
      ),
    );
    // The chairman's request names Okafor and the committee, and says nothing of endorsing or detaining.
    for (const question of [
      'Did Okafor personally endorse the committee leaders?',
      'Did Okafor endorse the committee?',
      'Was the former captain detained with the chairman?',
    ]) {
      expect(answer(library, question).answered).toBe(false);
    }
    const endorsed = answer(library, 'Did the board endorse the new manager?');
    expect(endorsed.answered).toBe(true);
    expect(endorsed.passages[0]?.text).toContain('The board endorsed');
    expect(answer(library, 'Did the chairman ask Okafor to help?').answered).toBe(true);
  });

  it('asked what someone said, quotes their sentence when a description sets off their name', async () => {
    const library = await libraryOf(
      make(
        'club',
        'Striker Ruth Okafor scored twice on Saturday.\n\nThe coach, Maria Silva, said the club would appeal the fine.',
      ),
    );
    for (const question of ['What did Silva say the club would do?', 'What did Maria Silva say?']) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('said the club would appeal the fine');
    }
  });

  it('ranks a sentence naming someone above one mentioning them only by their speech act', async () => {
    const library = await libraryOf(
      make(
        'club',
        'Following the boardroom revolt, Ada Obi, a club director, declared herself the new chairwoman on Monday after appearing on local radio.\n\nThe announcement came a day after the supporters’ trust endorsed the rebels behind the removal of chairman Tom Reed.',
      ),
    );
    // "The announcement" stands for Obi, but the sentence is about the announcement. (Asked who
    // "took over", read as becoming leader, it is declined: no word here is "leader", and WordNet's
    // chairwoman, a kind of leader, is not taken for one.)
    const result = answer(library, 'Who is the director that took charge of the club?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('Ada Obi, a club director');
  });

  it('asked for a reason or a cause in a word the articles do not use, takes a sentence giving one', async () => {
    const library = await libraryOf(
      make(
        'city',
        'Following the scandal that sparked outrage, Mayor Tom Reed resigned on Monday after a council vote.\n\nReed said the resignation was motivated by the desire to “protect the city” and by poor budget oversight, the Herald reported.\n\nThe council will meet again on Friday.',
      ),
    );
    for (const question of ['What does Reed say caused the resignation?', "Who reported Reed's reasons?"]) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('motivated by the desire');
    }
  });

  it('takes a name typed in lower case as the name it is, which a passage must speak of', async () => {
    const library = await libraryOf(
      make(
        'club',
        'Striker Ruth Okafor scored twice on Saturday.\n\nThe chairman, Maria Silva, said the club would appeal the fine.',
      ),
      make('lineup', 'Silva said Okafor would start against Leeds.'),
    );
    // The chairman's sentence says nothing of Okafor, however the question is typed.
    for (const question of [
      'What did the chairman say the club would do with Okafor?',
      'what did the chairman say the club would do with okafor',
    ]) {
      expect(answer(library, question, { article: 'club' }).answered).toBe(false);
    }
  });

  it('takes a claimed deed ("contribution", "performance") as met by praise for something', async () => {
    const library = await libraryOf(
      make(
        'trial',
        'Judge Maria Lopez thanked the jurors after the verdict. She praised prosecutor Ahmed Khan for his handling of the evidence. The defence said it would appeal.',
      ),
    );
    for (const question of [
      "Did the judge commend Khan's contribution to the case?",
      "Did Lopez commend the prosecutor's performance?",
    ]) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('praised prosecutor Ahmed Khan');
    }
    // Praise of someone else's deed does not meet it.
    expect(answer(library, "Did Lopez commend the defence's performance?").answered).toBe(false);
  });

  it('asked what word someone used to describe something, or for their words, quotes the sentence', async () => {
    const seed = await loadSeedLibrary();
    for (const question of [
      "What adjective does the statement use to describe America's backing of the president?",
      'what word did washington use to describe its backing for the detained head of state?',
    ]) {
      const result = answer(seed, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('unflagging support');
    }
    // Asked for someone's words by request, it quotes them.
    const phrase = answer(seed, "quote the general's exact phrase describing the security situation");
    expect(phrase.answered).toBe(true);
    expect(phrase.passages[0]?.text).toContain('“deteriorating security situation,”');
  });

  it('asked how much or how many of a number it states, declines a sentence stating only that number', async () => {
    const library = await libraryOf(
      make(
        'roads',
        'The city council spent $5 million on road repairs last year. About 300 workers were hired for the project. The mayor said bridges would be next.',
      ),
    );
    expect(answer(library, 'How much of the $5 million went to bridges?').answered).toBe(false);
    expect(answer(library, 'How many of the 300 workers were women?').answered).toBe(false);
    for (const [question, expected] of [
      ['How much did the council spend on road repairs?', '$5 million'],
      ['How many workers were hired?', '300 workers'],
    ] as const) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain(expected);
    }
  });

  it('asked which members of a kind of actor were done to, needs a passage naming one', async () => {
    const seed = await loadSeedLibrary();
    expect(
      answer(
        seed,
        'which officials did the army command consult before it decided to back the seizure of power?',
      ).answered,
    ).toBe(false);
    const spokenTo = answer(seed, 'Which leaders did Blinken speak to?');
    expect(spokenTo.answered).toBe(true);
    expect(spokenTo.passages[0]?.text).toContain('spoke to Nigerien President Mohamed Bazoum');
  });

  it('takes a sentence finding fault as meeting "blame" or "criticise", in whatever words', async () => {
    const library = await libraryOf(
      make(
        'city',
        'Mayor Anne Hidalgo spoke to residents on Monday. She said the previous council had shown poor planning and left the roads in ruin. The city will repave ten streets next year.',
      ),
    );
    for (const question of [
      'Find the line where the mayor blames the previous council.',
      'Did the mayor criticise the previous council?',
    ]) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('poor planning');
    }
    expect(answer(library, 'Did the mayor blame the police?').answered).toBe(false);
    // "mismanagement" is poor management, as "poor … governance" says.
    const seedAnswer = answer(
      await loadSeedLibrary(),
      'Did Tiani blame economic mismanagement for the coup?',
    );
    expect(seedAnswer.answered).toBe(true);
    expect(seedAnswer.passages[0]?.text).toContain('poor economic and social governance');
  });

  it('asked who was blamed, quotes a sentence blaming someone in any words, and no other', async () => {
    const library = await libraryOf(
      make(
        'roads',
        'The council met on Monday. Residents said the mayor had failed to repair the roads. The mayor opened a new park near the river.',
      ),
    );
    const roads = answer(library, 'Who was blamed for the state of the roads?');
    expect(roads.answered).toBe(true);
    expect(roads.passages[0]?.text).toContain('failed to repair the roads');
    // The park is spoken of, but nobody is blamed for it.
    expect(answer(library, 'Who was blamed for the new park?').answered).toBe(false);
    // Regret at a loss blames nobody.
    const flood = await libraryOf(
      make(
        'flood',
        'The river rose two metres overnight. The mayor said she deeply regretted the loss of homes in the flood.',
      ),
    );
    expect(answer(flood, 'Who was blamed for the loss of homes?').answered).toBe(false);
    const seed = await loadSeedLibrary();
    expect(answer(seed, 'Who was blamed for the impasse in the talks?').answered).toBe(false);
    const faulted = answer(seed, 'whom did the junta leader blame for not showing a way out of the crisis?');
    expect(faulted.answered).toBe(true);
    expect(faulted.passages[0]?.text).toContain('did not give Nigeriens');
    // Regret in someone's words at what others do puts the blame on them.
    const accused = answer(seed, 'Whom did Blinken accuse of endangering years of cooperation?');
    expect(accused.answered).toBe(true);
    expect(accused.passages[0]?.text).toContain('those detaining Bazoum were threatening');
  });

  it("shows the sentence giving someone's role first for a claim of their role, true or not", async () => {
    const seed = await loadSeedLibrary();
    const claim = answer(seed, 'Is it true that Tiani was a civilian lawmaker?');
    expect(claim.passages[0]?.text).toContain('Abdourahamane Tiani, a Niger general');
  });

  it('reads winning office as getting elected, as "Democratically-elected President Bazoum" says it', async () => {
    const seed = await loadSeedLibrary();
    const result = answer(seed, "By what means did Bazoum win office, according to Washington's statements?");
    expect(result.passages[0]?.text).toContain('Democratically-elected President Bazoum');
  });

  it('shows the sentence saying who did it first for a claim of who did something, true or not', async () => {
    const seed = await loadSeedLibrary();
    const claim = answer(seed, 'Is it true that the president was seized by foreign troops?');
    expect(claim.passages[0]?.text).toContain('by members of his own presidential guard');
  });

  it('reads a hyphenated participle before a noun ("the self-declared leader") as saying who is meant', async () => {
    const seed = await loadSeedLibrary();
    const claim = answer(seed, 'Is it true that the self-declared leader is a civilian politician?');
    expect(claim.passages[0]?.text).toContain('Abdourahamane Tiani, a Niger general');
  });

  it('reads words of emphasis ("actually", "really") as asking nothing more', async () => {
    const seed = await loadSeedLibrary();
    const result = answer(seed, 'Is the ousted president actually still locked up, or is that just spin?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('Bazoum remains in detention');
  });

  it('asked which countries someone helped, names countries the question does not already give', async () => {
    const library = await libraryOf(
      make(
        'region',
        'Ghanaian President John Mensah met reporters in Accra on Monday. Mensah helped secure Togo and Benin, officials said.',
      ),
    );
    const result = answer(library, 'Which countries did Mensah help secure?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('Togo and Benin');
    // Ghana is his own country: the passage naming it alone gives no country asked for.
    const only = await libraryOf(
      make(
        'own',
        'Ghanaian President John Mensah met reporters in Accra on Monday. The minister praised Mensah for helping secure Ghana and the wider region.',
      ),
    );
    expect(answer(only, 'Which countries did Mensah help secure?').answered).toBe(false);
  });

  it('asked how something was described, ranks first the passage saying it with a word describing it', async () => {
    const library = await libraryOf(
      make(
        'farm',
        'The minister met farmers in Accra on Monday and discussed support for farmers and the harvest. The minister pledged steadfast support for farmers. Rain fell across the region.',
      ),
    );
    const result = answer(library, 'How did the minister describe support for farmers?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toBe('The minister pledged steadfast support for farmers.');
  });

  it('takes praise or fault in another verb as what "credit" or "fault" asks for', async () => {
    const library = await libraryOf(
      make(
        'match',
        'Manager Pep Guardiola spoke to Erling Haaland after the match, saying the team would keep working to win the title. He praised Haaland for his finishing in the second half. Guardiola said the club had failed to sign a striker.',
      ),
    );
    for (const [question, expected] of [
      ['What did Guardiola credit Haaland for?', 'praised Haaland for his finishing'],
      // …or as a noun.
      ['What did Haaland get credit from Guardiola for?', 'praised Haaland for his finishing'],
      ['What did Guardiola fault the club for?', 'failed to sign a striker'],
    ] as const) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain(expected);
    }
    // Praise of someone else is not credit given to the club.
    expect(answer(library, 'What did Guardiola credit the club for?').answered).toBe(false);
    expect(answer(library, 'What did Guardiola give the club credit for?').answered).toBe(false);
    // Whoever gives the credit is not whom it is given to.
    const reversed = await libraryOf(
      make('tactics', 'Erling Haaland praised Pep Guardiola for his tactics.'),
    );
    expect(answer(reversed, 'What did Haaland get credit from Guardiola for?').answered).toBe(false);
  });

  it('takes a noun made from the asked verb as naming its event ("leadership" for "to lead")', async () => {
    // "civilian-led" elsewhere uses the verb; the sentence placing the leadership in Niamey still answers.
    const result = answer(
      await loadSeedLibrary(),
      'In which city did Blinken emphasize the importance of Bazoum continuing to lead?',
    );
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('continuing leadership in Niamey');
  });

  it('asked what was said on a named day, declines a sentence dating it on another day', async () => {
    const seed = await loadSeedLibrary();
    // "Wednesday" is in the articles (the coup's day), but the army command spoke on Thursday.
    expect(answer(seed, 'what did the Nigerien army command say on Wednesday').answered).toBe(false);
    const thursday = answer(seed, 'what did the Nigerien army command say on Thursday');
    expect(thursday.answered).toBe(true);
    expect(thursday.passages[0]?.text).toContain('Earlier, on Thursday, the Nigerien army command said');
    // A claim with the wrong day is answered by the sentence giving the right one.
    expect(
      answer(seed, "Did Tiani declare himself the country's new leader on July 26?").passages[0]?.text,
    ).toContain('on July 28');
  });

  it('asked in which city, needs a sentence naming a city, not any place', async () => {
    const seed = await loadSeedLibrary();
    // "on national television" is where, but no city.
    expect(answer(seed, 'In which city did Tiani make his July 28 television appearance?').answered).toBe(
      false,
    );
    const niamey = answer(
      seed,
      'In which city did Blinken stress the importance of Bazoum continuing to lead?',
    );
    expect(niamey.answered).toBe(true);
    expect(niamey.passages[0]?.text).toContain('in Niamey');
    const library = await libraryOf(
      make(
        'tour',
        'The band played a sold-out show in Lyon on Friday. The singer later appeared on national television.',
      ),
    );
    expect(answer(library, 'In which city did the band play?').passages[0]?.text).toContain('in Lyon');
    expect(answer(library, 'Where did the singer appear?').answered).toBe(true);
  });

  it("asked which country's something, needs a sentence naming a country the question does not", async () => {
    const seed = await loadSeedLibrary();
    expect(
      answer(seed, "which foreign country's military intervention was the army warning against").answered,
    ).toBe(false);
    const detained = answer(seed, "Which country's president was detained?");
    expect(detained.answered).toBe(true);
  });

  it("keeps this session's rules from firing where a review found them misfire", async () => {
    const cases: readonly (readonly [string, string, string | null])[] = [
      // A noun made from the verb takes a suffix: "former" is no forming, "landmark" no landing.
      [
        "The Green Alliance was formed by dissident MPs. The party's former leader, Ana Ruiz, stepped down in 2019 in Madrid.",
        'When was the party formed?',
        null,
      ],
      // Only a judgement's reason needs the judgement: "flew to Beijing to sign a deal" is why Lula travelled.
      [
        'President Lula flew to Beijing on Tuesday to sign a soybean trade deal with Xi Jinping. Lula will travel to Tokyo in May.',
        'Why did Lula travel to Beijing?',
        'to sign a soybean trade deal',
      ],
      [
        'Boeing will suspend production at its Charleston plant in June. Boeing stopped deliveries of the 787 Dreamliner last year after inspectors found gaps in the fuselage.',
        'Why did Boeing suspend deliveries of the Dreamliner?',
        'after inspectors found gaps',
      ],
      [
        'Striker Tom Smith signed for Arsenal from Celtic in 2019. Goalkeeper Ben Lee joined Arsenal from Leeds in 2021.',
        'When did the striker join Arsenal?',
        null,
      ],
      // A title before a name is the subject's, not the verb.
      [
        'Jerome Powell announced the rate cut on Wednesday in Washington. Powell has been Fed chair since 2018.',
        'When did the Fed chair Powell announce the cut?',
        'on Wednesday',
      ],
      [
        'Oil topped 100 dollars a barrel on March 7 as markets reacted to the war. Prices fell later in the month.',
        'When did the oil price top 100 dollars?',
        'March 7',
      ],
      // A share of the whole is a number beyond the question's.
      [
        'All 12 jurors voted to convict Dawson of fraud. The judge will sentence him in May.',
        'How many of the 12 jurors voted to convict Dawson?',
        'All 12 jurors',
      ],
      [
        'Half of the 20 member states backed the plan on Monday. The rest abstained.',
        'How many of the 20 member states backed the plan?',
        'Half of the 20',
      ],
      // A time of year is no time of day; "the early hours" is one.
      [
        'The Sundance festival takes place every January in Park City, Utah. It was founded by Robert Redford.',
        'What time of year does the Sundance festival take place?',
        'every January',
      ],
      [
        'The raid began in the early hours of Sunday. Police arrested five men.',
        'What time did the raid begin?',
        'early hours',
      ],
      // Blame is someone's: a poor start blames nobody.
      [
        "United's poor start to the season cost manager Erik ten Hag his job. The club appointed Ruben Amorim in November.",
        'Who criticised ten Hag?',
        null,
      ],
      // Praise is of whom the question names.
      [
        "Guardiola praised Foden for the passes that set up both of Haaland's goals. City won 3-1.",
        'What did Guardiola credit Haaland for?',
        null,
      ],
      // A story's own "mis-" word is kept.
      [
        'The pension fund was mismanaged for a decade, auditors said. The rival Apex fund was managed by Dan Cho.',
        'Which fund was mismanaged?',
        'pension fund was mismanaged',
      ],
      [
        'Detectives had mishandled the DNA evidence, the judge ruled. The case was handled by the Leeds crown court.',
        'Who mishandled the DNA evidence?',
        'Detectives had mishandled',
      ],
      // A term or label used for something is asked as one.
      [
        'Doctors refer to the condition as long Covid. It affects millions of people.',
        'What term do doctors use for the condition?',
        'long Covid',
      ],
      [
        'The effect was first described by Friedrich Hund in 1927. Physicists call the effect quantum tunnelling.',
        'What term is used for the effect?',
        'quantum tunnelling',
      ],
      // Members done to may be named by the kind's own word.
      [
        'Senator Ana Ruiz sits on the finance and foreign relations committees. She was elected in 2018.',
        'Which committees does Senator Ruiz sit on?',
        'foreign relations committees',
      ],
      // "Oh" opening a question may be a name.
      [
        'Oh Se-hoon was re-elected mayor of Seoul in 2022. He first won office in 2006.',
        'Oh was re-elected in what year?',
        'in 2022',
      ],
      // A second review: praise or blame in the story's own words, where it never uses the verb.
      [
        'The coach singled out Smith for his two assists and tireless running. The team won 2-0.',
        'Why did the coach praise Smith?',
        'singled out Smith',
      ],
      [
        'The senator attacked the bill as a giveaway to oil companies because it cut royalties.',
        'Why did the senator criticise the bill?',
        'because it cut royalties',
      ],
      // A settlement named as one in words.
      [
        'The race starts in the town of Bormio in the Italian Alps.',
        'In which town does the race start?',
        'town of Bormio',
      ],
      [
        'The film was shot in the Brazilian city of Sorocaba over six weeks.',
        'In which city was the film shot?',
        'city of Sorocaba',
      ],
      // A share goes with its number: "all flights" is no count of passengers.
      [
        'The plane carrying 300 passengers crashed on Monday, and all flights from the airport were suspended.',
        'How many of the 300 passengers survived?',
        null,
      ],
      // "Around 4500" is no clock time.
      [
        'Around 4500 people queued to vote in the town hall. Turnout was higher than in 2019.',
        'What time did the polls close?',
        null,
      ],
    ];
    for (const [text, question, expected] of cases) {
      const result = answer(await libraryOf(make('review', text)), question);
      expect({ question, answered: result.answered }).toEqual({ question, answered: expected !== null });
      if (expected !== null) expect(result.passages[0]?.text).toContain(expected);
    }
  });

  it('asked how the world reacted, ranks first a sentence saying what was thought of it', async () => {
    const result = answer(await loadSeedLibrary(), 'How has the rest of the world reacted to the takeover?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toMatch(
      /sharp criticism from world leaders|sparked international condemnation/,
    );
  });

  it('asked what someone was accused of, ranks first the sentence finding fault in their words', async () => {
    const seed = await loadSeedLibrary();
    for (const question of [
      'What did the general accuse the previous administration of failing to show citizens?',
      'what did tiani accuse the previous government of failing to do',
    ]) {
      const result = answer(seed, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain('did not give Nigeriens');
    }
  });

  it('asked what post someone claimed for himself, quotes the sentence where he declared himself it', async () => {
    const result = answer(await loadSeedLibrary(), 'What position did Tiani claim for himself?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('declared himself as the country’s new leader');
  });

  it('asked which party won, names a party, not whoever won', async () => {
    const library = await libraryOf(
      make(
        'vote',
        'Sadiq Khan won the mayoral race in London on Friday. Warner Bros won an Oscar for the film. The economy minister said the UK economy would recover next year.',
      ),
    );
    expect(answer(library, 'Which party won the mayoral race in London?').answered).toBe(false);
    // A country describing the topic ("the UK economy") is not itself asked about.
    const economy = answer(library, 'What did the minister say about the UK economy?');
    expect(economy.answered).toBe(true);
    expect(economy.passages[0]?.text).toContain('would recover');
  });

  it('keeps the rules a review tried in other domains from firing where they should not', async () => {
    const library = await libraryOf(
      make('film', 'Gerwig said Barbie earned $1.4 billion worldwide. The studio released the film in July.'),
      make(
        'vote',
        'Rishi Sunak survived an attempted coup by his own MPs in 2023. He became prime minister in October 2022 after Liz Truss resigned.',
      ),
      make(
        'stadium',
        'The federation closed the stadium on Sunday to protect fans. The federation did not give a reason for closing the stadium. Moore said he would appeal the ban.',
      ),
      make(
        'football',
        'Inzaghi did not attend the press conference. Guardiola spoke to reporters and reiterated that the treble had been his aim.',
      ),
      make('space', 'The lander did not carry a sample return capsule. It touched down near the south pole.'),
    );
    const declined = [
      // A noun before a name is what is asked about, not who is meant.
      'How much did the sequel Gerwig directed earn?',
      // "prisoners" is no form of a verb the articles use.
      'Did the prisoners appeal?',
      // A noun "contact" is not met by speaking.
      'Did Guardiola have contact with the federation?',
      // Not doing something finds no fault unless someone says so.
      "What was Inzaghi's main grievance?",
      'What failure did the lander suffer?',
    ];
    for (const question of declined)
      expect([question, answer(library, question).answered]).toEqual([question, false]);
    // An attempted coup against him is no power he took: becoming prime minister is.
    const tookPower = answer(library, 'How did Sunak take power?');
    expect(tookPower.passages[0]?.text).toContain('He became prime minister');
    // A stated purpose answers why; a sentence with the word "reason" does not.
    expect(answer(library, 'Why did the federation close the stadium?').passages[0]?.text).toContain(
      'to protect fans',
    );
  });

  it('reads a role of several words as one: "state" in "Secretary of State" is not a head of state', async () => {
    const library = await libraryOf(
      make(
        'island',
        "The Secretary of State, Maria Lopez, said on Monday that the state would review its aid to the island. Colonel Juan Ruiz told state television he was now the nation's leader. The prime minister resigned on Sunday.",
      ),
    );
    const head = answer(library, 'Who is the head of state?');
    expect(head.answered).toBe(true);
    expect(head.passages[0]?.text).toContain("the nation's leader");
    expect(answer(library, 'Who is the secretary of state?').passages[0]?.text).toContain('Maria Lopez');
    // On the seed article, Blinken's "Secretary of State" sentence no longer outranks Tiani's.
    expect(
      answer(await loadSeedLibrary(), 'Who proclaimed himself head of state after the coup?').passages[0]
        ?.text,
    ).toContain('Abdourahamane Tiani');
  });

  it('asked whether something still goes on, does not rank down a sentence saying it has gone on since a time', async () => {
    const library = await libraryOf(
      make(
        'pupils',
        'Gunmen seized the pupils from a school in the north. Parents said the pupils were held in a forest. The pupils have been held by the gunmen since Monday.',
      ),
    );
    expect(answer(library, 'Are the pupils still held?').passages[0]?.text).toContain('since Monday');
  });

  it('does not take a passage where another actor does what is asked for one where the asked one does', async () => {
    const library = await libraryOf(
      make(
        'council',
        'Troops surrounded the capital on Monday. President Ana Silva endorsed the council on Friday, a week after Mayor Ruth Okafor opposed it. Okafor was detained by General Tomas Ali, Silva said.',
      ),
    );
    // Okafor is named beside the endorsing, but Silva endorses.
    expect(answer(library, 'When did Okafor endorse the council?').answered).toBe(false);
    expect(answer(library, 'When did Silva endorse the council?').answered).toBe(true);
    expect(answer(library, 'Did Okafor oppose the council?').answered).toBe(true);
    // A passive verb's doer follows "by".
    expect(answer(library, 'Did Silva detain Okafor?').answered).toBe(false);
    expect(answer(library, 'Did Ali detain Okafor?').answered).toBe(true);
  });

  it('answers why one thing rather than another only with a passage giving a reason for it', async () => {
    const library = await libraryOf(
      make(
        'choices',
        'Apple chose Texas rather than California for its plant, citing lower taxes. The Fed held rates rather than cutting them, to give inflation time to cool. The club sold Reyes instead of loaning him, as it needed cash. The jury acquitted Smith rather than convicting him after finding the evidence unreliable. The minister called the mayor on Monday, saying the government will continue to work to ensure calm.',
      ),
    );
    for (const [question, reason] of [
      ['Why did Apple choose Texas rather than California?', 'citing lower taxes'],
      ['Why did the Fed hold rates rather than cut them?', 'to give inflation time'],
      ['Why did the club sell Reyes instead of loaning him?', 'as it needed cash'],
      ['Why did the jury acquit Smith rather than convict him?', 'after finding the evidence'],
    ] as const) {
      const result = answer(library, question);
      expect(result.answered).toBe(true);
      expect(result.passages[0]?.text).toContain(reason);
    }
    // The purpose here is in what the minister said, not why he called the mayor.
    expect(answer(library, 'Why did the minister call the mayor rather than the governor?').answered).toBe(
      false,
    );
  });

  it('confirms a claim about a country only by a passage speaking of it, or of whoever acts for it', async () => {
    const library = await libraryOf(
      make(
        'warning',
        'The junta warned against any foreign military intervention in Mali. Catherine Colonna, a French diplomat, said France was watching closely. Later, Colonna condemned the coup. Soldiers were deployed in the capital. The US said it was watching too. Foreign troops left on Monday.',
      ),
    );
    // The warning names no country it is aimed at.
    expect(answer(library, 'Was the junta warning aimed at France?').answered).toBe(false);
    // France speaks through its diplomat.
    const condemned = answer(library, 'Did France condemn the coup?');
    expect(condemned.answered).toBe(true);
    expect(condemned.passages[0]?.text).toContain('Colonna condemned');
    // A country named as where something happened, or whose something is, need not be spoken of.
    expect(answer(library, 'Were soldiers deployed in Mali?').answered).toBe(true);
    expect(answer(library, 'Did US troops leave on Monday?').answered).toBe(true);
    expect(answer(library, 'Did the US withdraw its troops on Monday?').answered).toBe(false);
  });

  it('answers where a story was filed from with its dateline, and declines for one without', async () => {
    const library = await libraryOf(
      make('filed', 'NIAMEY, Niger — The army backed the coup. Talks on the city’s future stalled.'),
      make('plain', 'The army backed the coup. Talks on the city’s future stalled.'),
    );
    const asked = 'From which city is the report datelined?';
    const filed = answer(library, asked, { article: 'filed' });
    expect(filed.answered).toBe(true);
    expect(filed.passages[0]?.text).toBe('NIAMEY, Niger — The army backed the coup.');
    expect(answer(library, asked, { article: 'plain' }).answered).toBe(false);
  });

  it('meets "what phrase did X use" with words quoted in a sentence of X’s, not of another', async () => {
    const quoted = await libraryOf(
      make(
        'quotes',
        'General Abdourahamane Tiani said the coup would “preserve our homeland” for all citizens. ' +
          'The army command said foreign intervention “risks disaster” for the region.',
      ),
    );
    const first = (question: string): string | undefined => answer(quoted, question).passages[0]?.text;
    expect(first('What phrase did the army command use?')).toContain('“risks disaster”');
    expect(first('What phrase did Tiani use?')).toContain('“preserve our homeland”');
    // On the seed article, Tiani's quoted words are no phrase of the military's.
    const military = answer(library, 'What phrase did the military use?');
    expect(military.answered && /glimpse|homeland/.test(military.passages[0]?.text ?? '')).toBe(false);
  });

  it('meets an asked role by a verb of its doing only with its holder after "by"', async () => {
    const library = await libraryOf(
      make('novel', 'The Long Road is a 1950 novel written by Jane Doe. It sold well.'),
      make('talks', 'The committee will continue to work on the talks. Its members met on Monday.'),
      make('chief', 'Amina Diallo, the chief of the committee, said talks would resume.'),
      make('concern', "Amina Diallo said the committee's chief concern was security."),
    );
    // A person another sense of the role's word names is the role: a chief is a head.
    const head = answer(library, 'Who is the head of the committee?', { article: 'chief' });
    expect(head.answered).toBe(true);
    expect(head.passages[0]?.text).toContain('the chief of the committee');
    // …used as a noun: a "chief concern" is no chief.
    expect(answer(library, 'Who is the head of the committee?', { article: 'concern' }).answered).toBe(false);
    const author = answer(library, 'Who is the author of The Long Road?', { article: 'novel' });
    expect(author.answered).toBe(true);
    expect(author.passages[0]?.text).toContain('written by Jane Doe');
    // "head" is a verb "continue" too; nobody is said to head the committee.
    expect(answer(library, 'Who is the head of the committee?', { article: 'talks' }).answered).toBe(false);
  });

  it('meets a role of several words only by saying it, by another name for it or by a kind of it', async () => {
    const library = await libraryOf(
      make('time', 'Mohamed Bazoum, the president, spoke on television at 8 pm on Wednesday.'),
      make('premier', 'The PM, Ouhoumoudou Mahamadou, spoke on television on Wednesday.'),
      make('attorney', 'The attorney for the family, Moussa Coulibaly, spoke to reporters on Wednesday.'),
    );
    const asked = 'Who is the prime minister?';
    // "pm" in a time is no prime minister; "PM" is.
    expect(answer(library, asked, { article: 'time' }).answered).toBe(false);
    expect(answer(library, asked, { article: 'premier' }).passages[0]?.text).toContain('The PM');
    // "President" is a kind of head of state.
    expect(answer(library, 'Who is the head of state?', { article: 'time' }).answered).toBe(true);
    // An article using the word "attorney" elsewhere does not make the attorney general a general.
    expect(answer(library, 'Who is the vice president?', { article: 'time' }).answered).toBe(false);
  });

  it('takes a role the article gives someone as their rank or post, and declines when it gives none', async () => {
    const resources = await loadLibraryResources();
    const library = buildLibrary(
      [
        make('role', 'Abdourahamane Tiani, a Niger general, spoke on television. The army backed him.'),
        make('none', 'Abdourahamane Tiani spoke on television. The army backed him.'),
      ],
      resources,
    );
    const asked = "What is Abdourahamane Tiani's rank?";
    expect(answer(library, asked, { article: 'role' }).answered).toBe(true);
    expect(answer(library, asked, { article: 'none' }).answered).toBe(false);
    // A "position on" something is a stance, not a post: the role does not state it.
    const spoke = buildLibrary(
      [make('spoke', 'Abdourahamane Tiani, a Niger general, spoke on national television on Friday.')],
      resources,
    );
    expect(answer(spoke, "What is Tiani's position on the economy?").answered).toBe(false);
  });

  it('ranks a "how many X" question by a number that counts X, not by any number', async () => {
    const library = await libraryOf(
      make('a', 'Soldiers guard the palace in 3 shifts. The palace has 200 soldiers on guard.'),
    );
    expect(answer(library, 'How many soldiers guard the palace?').passages[0]?.text).toBe(
      'The palace has 200 soldiers on guard.',
    );
  }, 60_000);

  it('weighs a light verb ("took") below the noun it carries', async () => {
    const library = await libraryOf(make('police', 'Officials took notes.\n\nA suspect fled.'));
    // "took" and "suspect" are each in one sentence: alike but for what they say.
    const [first, second] = answer(library, 'Who took the suspect?', { top: 2 }).passages;
    expect(first?.text).toBe('A suspect fled.');
    expect(first?.score).toBeGreaterThan(second?.score ?? Infinity);
  }, 60_000);

  it('takes no year for the exact amount a question asks', async () => {
    const resources = await loadLibraryResources();
    const library = buildLibrary(
      [make('aid', 'Niger received hundreds of millions of dollars of aid in 2023 from donors.')],
      resources,
    );
    expect(answer(library, 'In exact dollars, how much aid did Niger receive in 2023?').answered).toBe(false);
    const counted = buildLibrary(
      [make('aid', 'Niger received 40 million dollars of aid in 2023.')],
      resources,
    );
    expect(answer(counted, 'In exact dollars, how much aid did Niger receive in 2023?').answered).toBe(true);
  }, 60_000);

  it('reads a life span in brackets as the dates of birth and death', async () => {
    const resources = await loadLibraryResources();
    const library = buildLibrary(
      [
        make(
          'singer',
          'Ann Lee (12 May 1931 – 3 June 1990) was a singer. She recorded her first song in 1950. She toured Europe and died in Paris.',
        ),
      ],
      resources,
    );
    // "died" is in the article but not in the sentence with the dates: a life span says it.
    const death = answer(library, 'When did Ann Lee die?');
    expect(death.answered).toBe(true);
    expect(death.passages[0]?.text).toContain('(12 May 1931 – 3 June 1990)');
    // "(born 1961)" dates a birth, not a death: the living are not said to have died.
    const living = buildLibrary(
      [make('lawyer', 'Ann Lee (born 1961) is a Nigerien lawyer. She leads the opposition party.')],
      resources,
    );
    expect(answer(living, 'When did Ann Lee die?').answered).toBe(false);
    expect(answer(living, 'When was Ann Lee born?').passages[0]?.text).toContain('(born 1961)');
  }, 60_000);

  it('ranks a statement above a verbless caption that names the same things', async () => {
    const library = await libraryOf(
      make(
        'olmecs',
        'Olmec Head No. 3 from San Lorenzo Tenochtitlan\n\nThe Olmecs lived in the tropical lowlands of south-central Mexico.',
      ),
    );
    expect(answer(library, 'Where did the Olmecs come from?').passages[0]?.text).toBe(
      'The Olmecs lived in the tropical lowlands of south-central Mexico.',
    );
  }, 60_000);

  it('asked where, takes no place the question names itself as the answer', async () => {
    const library = await libraryOf(
      make(
        'ceasefire',
        'Talks on a ceasefire in Sudan were at a standstill, diplomats said.\n\nThe minister praised the envoy for work not only in Khartoum but across the wider West Africa region.',
      ),
    );
    // "in Sudan" places the ceasefire the question names, not the talks.
    expect(answer(library, 'Where were the talks on a ceasefire in Sudan held?').answered).toBe(false);
    // Another place, though one word of its name is the question's, answers; so does the one after
    // "not only … but", in the same clause as what is asked.
    expect(answer(library, 'What region of Africa did the envoy work in?').answered).toBe(true);
    const beyond = answer(library, 'Beyond Khartoum, where did the minister praise the envoy for working?');
    expect(beyond.answered).toBe(true);
    expect(beyond.passages[0]?.text).toContain('West Africa region');
    // Only a place the question puts something in: not one inside a name, nor a choice offered.
    const named = await libraryOf(
      make(
        'derby',
        'Hull City beat Leeds United 2-0 in Leeds on Saturday.\n\nAcme Motors will build its new battery plant in Ohio rather than Michigan.',
      ),
    );
    expect(answer(named, 'Where did Hull City play Leeds United on Saturday?').answered).toBe(true);
    expect(answer(named, 'Where will Acme build its battery plant, Ohio or Michigan?').answered).toBe(true);
  }, 60_000);

  it('asked which of a kind of person did something, needs someone the question does not name', async () => {
    const library = await libraryOf(
      make(
        'junta',
        'Following the mutiny, Carlos Ruiz, an army general, declared himself head of the junta after appearing on state television.\n\nThe broadcast was covered live by CNN.\n\nThe army command said it supported the takeover.',
      ),
    );
    // Nobody is named as CNN's reporter, nor as the commander behind the army's statement.
    expect(answer(library, 'Which CNN reporter covered the broadcast?').answered).toBe(false);
    expect(
      answer(library, 'Which army commander signed the statement supporting the takeover?').answered,
    ).toBe(false);
    // A word a body is called too is met by one, and so is anyone the passage calls by the kind.
    expect(answer(library, 'Which broadcaster covered the broadcast live?').answered).toBe(true);
    const lender = await libraryOf(make('loan', "The loan came from Barclays, the club's main lender."));
    expect(answer(lender, 'Which lender provided the loan?').answered).toBe(true);
    // The general asked for is whom "general" names in the story, not someone the question names.
    const general = answer(library, 'Which army general declared himself head of the junta?');
    expect(general.answered).toBe(true);
    expect(general.passages[0]?.text).toContain('Carlos Ruiz');
  }, 60_000);

  it('asked how many of a unit, counts only that unit', async () => {
    const library = await libraryOf(
      make('mayor', 'The mayor was re-elected two days ago by a wide margin.\n\nShe thanked her voters.'),
    );
    expect(answer(library, 'How many years has the mayor been in office?').answered).toBe(false);
    expect(answer(library, 'How many days ago was the mayor re-elected?').answered).toBe(true);
    // …or one its figure counts: abbreviated, spelt otherwise, or a few sizes up (see units.test.ts).
    const race = await libraryOf(
      make(
        'race',
        'The marathon course is 42.2 km long.\n\nChebet finished in 2 hrs 18 mins.\n\nThe stadium roof weighs 4,000 tonnes.\n\nWebb has led the team for two decades.',
      ),
    );
    for (const question of [
      'How many kilometres is the marathon course?',
      'How many minutes did Chebet take?',
      'How many tons does the roof weigh?',
      'How many years has Webb led the team?',
    ]) {
      expect(answer(race, question).answered).toBe(true);
    }
  }, 60_000);

  it('asked what part someone had in an event, needs a passage speaking of the event', async () => {
    const library = await libraryOf(
      make(
        'mutiny',
        'The envoy spoke to former minister Ana Lopez and asked her to keep mediating between the parties.\n\nThe mutiny was led by officers of the navy.',
      ),
    );
    expect(answer(library, 'Was former minister Ana Lopez involved in planning the mutiny?').answered).toBe(
      false,
    );
    expect(answer(library, 'What role did Ana Lopez play in the mutiny?').answered).toBe(false);
    // …with a source between the role and its verb.
    expect(answer(library, 'What role did the envoy say Ana Lopez played in the mutiny?').answered).toBe(
      false,
    );
    const navy = answer(library, 'Was the navy involved in the mutiny?');
    expect(navy.answered).toBe(true);
    expect(navy.passages[0]?.text).toContain('led by officers of the navy');
    // An event the story never names in the word is no event to check: it may say it otherwise.
    const film = await libraryOf(
      make('film', 'Sam Holt plays the villain in Night Shift, a thriller about a hospital.'),
    );
    expect(answer(film, 'What role does Holt play in the movie?').answered).toBe(true);
  }, 60_000);

  it('asked what was said about something, needs a passage speaking of it', async () => {
    const library = await libraryOf(
      make(
        'derby',
        'Coach Ana Silva said in a press conference that Smith was in the best form of his career.\n\nThe club said the stadium would be rebuilt next year.',
      ),
    );
    expect(answer(library, 'What did Silva say about the club in the press conference?').answered).toBe(
      false,
    );
    expect(answer(library, 'What did Silva say about Smith?').passages[0]?.text).toContain('best form');
    // What was said of it, in a clause, may be said in any words.
    expect(answer(library, 'What did the club say about the stadium being rebuilt?').answered).toBe(true);
  }, 60_000);

  it('restricts to one article and de-duplicates syndicated copies', async () => {
    const two = await libraryOf(
      make('a', 'The river flooded the town on Monday. Rescue teams arrived later.'),
      make('b', 'The river flooded the town on Monday. Schools closed for a week.'),
    );
    const everywhere = answer(two, 'When did the river flood the town?', { top: 5 });
    expect(
      everywhere.passages.filter((passage) => passage.text.startsWith('The river flooded')),
    ).toHaveLength(1);
    const onlyB = answer(two, 'Why did schools close?', { article: 'b' });
    expect(onlyB.passages.every((passage) => passage.articleId === 'b')).toBe(true);
    expect(onlyB.passages[0]?.url).toBe('https://example.org/b');
  }, 60_000);
});
