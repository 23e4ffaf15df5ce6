import { describe, expect, it } from 'vitest';
import { reportsSpeaking } from '../../src/retrieval/speaker.js';
import { tokenize } from '../../src/text/tokenize.js';

const trump = [['trump'], ['donald', 'trump']];

describe('reportsSpeaking', () => {
  it('reads a name followed by a verb of speech, or after "said" and "according to"', () => {
    expect(reportsSpeaking('President Donald Trump, speaking at the White House, warned of more sanctions.', trump)).toBe(true);
    expect(reportsSpeaking('"We will not stop," said President Donald Trump.', trump)).toBe(true);
    expect(reportsSpeaking('According to Trump, the talks are over.', trump)).toBe(true);
    expect(reportsSpeaking('Senator Donald Trump’s (R-FL) not-so-veiled threat that aid would be “very difficult” to defend.', trump)).toBe(
      true,
    );
    expect(reportsSpeaking("An official told reporters on Tuesday regarding Trump's trip that it mattered.", trump)).toBe(false);
    expect(reportsSpeaking('The envoy told Trump the talks were over.', trump)).toBe(false);
    expect(reportsSpeaking('The communiqué congratulated President Trump on his victory and stressed close ties.', trump)).toBe(false);
    expect(reportsSpeaking('Blair met Trump and said the talks went well.', trump)).toBe(false);
    expect(reportsSpeaking('Trump met Blair and said the talks went well.', trump)).toBe(true);
    expect(reportsSpeaking('"The focus is on the talks with Trump," a senior official told reporters.', trump)).toBe(false);
  });

  it('reads a title asked about as speaking through the name it stands before', () => {
    const minister = [tokenize('minister')];
    expect(reportsSpeaking('Culture Minister Alun Pugh said it would be crass.', minister)).toBe(true);
    expect(reportsSpeaking('Culture Minister Alun Pugh met Ana Vidal, who said it was crass.', [tokenize('ana vidal')])).toBe(true);
  });

  it('reads a rebuff or a reiterated line as speech, and a passive as said to or of its subject', () => {
    expect(reportsSpeaking('But Trump has rebuffed the requests and has reiterated his commitment to the polls.', trump)).toBe(true);
    expect(reportsSpeaking('Trump was told of the vote on Tuesday.', trump)).toBe(false);
    expect(reportsSpeaking('Donald Trump was dismissed for 12 before lunch.', trump)).toBe(false);
    expect(reportsSpeaking('Trump is saying the talks are over.', trump)).toBe(true);
  });

  it('reads what someone considered as what they think, and a passive "is considered" as said of them', () => {
    expect(reportsSpeaking('Trump considered that “the decision will help”.', trump)).toBe(true);
    expect(reportsSpeaking('Trump is considered the favourite.', trump)).toBe(false);
  });

  it('reads a view someone holds ("sees it as", "regards it as") as what they think', () => {
    expect(reportsSpeaking('Trump sees the plan as an attack on his country.', trump)).toBe(true);
    expect(reportsSpeaking('Trump regarded the vote as a defeat.', trump)).toBe(true);
    expect(reportsSpeaking('The plan was drawn up before Trump took office.', trump)).toBe(false);
  });

  it('reads the common last word of a longer name, in lower case, as that name only after its word before or "the"', () => {
    const bank = [tokenize('World Bank')];
    expect(reportsSpeaking('Sri Lanka faces a $1.3bn bill, its central bank says.', bank)).toBe(false);
    expect(reportsSpeaking('The bank said the damage was vast.', bank)).toBe(true);
    expect(reportsSpeaking('World Bank president James Wolfensohn has said the damage was vast.', bank)).toBe(true);
    // A one-word form, or a name's own word, stands alone as before.
    expect(reportsSpeaking('Mr Wolfensohn said the damage was vast.', [['wolfensohn'], tokenize('James Wolfensohn')])).toBe(true);
  });

  it('does not take a name spoken about for one speaking', () => {
    expect(reportsSpeaking('Caracas blames the crisis on sanctions imposed by the Trump administration.', trump)).toBe(false);
    expect(reportsSpeaking('Moncada accused Pence and President Donald Trump of launching a program of destruction.', trump)).toBe(false);
  });

  it('gives a verb after a name standing as an object to the subject', () => {
    expect(reportsSpeaking("Eleven members recognized Trump's government and pledged to welcome it.", trump)).toBe(false);
    expect(reportsSpeaking('They came to install Trump as a puppet, officials said.', trump)).toBe(false);
    expect(reportsSpeaking('Support for Donald Trump waned, the poll said.', trump)).toBe(false);
    expect(reportsSpeaking('The embattled Trump said he would stay.', trump)).toBe(true);
    expect(reportsSpeaking('One unnamed Trump aide remarked that it helps.', trump)).toBe(true);
    expect(reportsSpeaking('The leader of the US, Donald Trump, said it helps.', trump)).toBe(true);
    expect(reportsSpeaking('Invited with Trump saying yes, they came.', trump)).toBe(true);
  });

  it('reads a pronoun opening a sentence as the name that opened the sentence before, when that name was its subject', () => {
    const plan = [tokenize('counterproposal')];
    expect(reportsSpeaking('A counterproposal was put forward by Caricom. It called for dialogue.', plan)).toBe(true);
    expect(reportsSpeaking('Trump met the envoys. He said the talks went well.', trump)).toBe(true);
    expect(reportsSpeaking('The envoys met Trump. They said the talks went well.', trump)).toBe(false);
    expect(reportsSpeaking('Trump met the envoys. Later, the talks went well. He said so.', trump)).toBe(false);
  });

  it('reads a pronoun right after a quotation as the name that opened the sentence before', () => {
    expect(reportsSpeaking('Trump met the envoys. "The talks went well," he told reporters.', trump)).toBe(true);
    expect(reportsSpeaking('The envoys met Trump. "The talks went well," they said.', trump)).toBe(false);
    expect(reportsSpeaking('Trump met the envoys. "The talks went well," the aide said.', trump)).toBe(false);
  });

  it('reads a pronoun opening a sentence as the agent of the passive before: what they put forward speaks for them', () => {
    const caricom = [tokenize('caricom')];
    expect(reportsSpeaking('A counterproposal was put forward by the members known as Caricom. It called for dialogue.', caricom)).toBe(
      true,
    );
    expect(reportsSpeaking('A counterproposal was rejected after Caricom left. It called for dialogue.', caricom)).toBe(false);
  });

  it('gives a verb right after another name to that name, unless a comma closes an aside or it is a day', () => {
    expect(reportsSpeaking('Envoys of Trump were not invited, with Moncada saying they would polarise the meeting.', trump)).toBe(false);
    expect(reportsSpeaking('Trump, the US President, said the talks were over.', trump)).toBe(true);
    expect(reportsSpeaking('Trump on Wednesday announced new sanctions.', trump)).toBe(true);
  });
});
