import { describe, expect, it } from 'vitest';
import { heard } from '../../helpers/heard';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const LOSS = 'loss-abandonment-rejection client';

/**
 * Words the taxonomy hears in one sense that notes also use in another. Each exception is the other
 * sense's own words (other_senses, or an unless word next to the phrase), never a word that may
 * stand anywhere nearby: the real sense must still be heard when the same words follow.
 */
describe('words heard in their own sense only', () => {
  it('hears "the room" the two share as a felt sense, not a waiting room or a living room', () => {
    expect(heard('I noticed a heaviness in the room when Jo spoke of her father.')).toContain('felt-sense practitioner');
    expect(heard('D: Jo filled in the GAD-7 in the waiting room before the session started.')).toEqual([]);
    expect(heard('Jo sleeps in the living room since the flood.').filter((e) => e.startsWith('felt-sense'))).toEqual([]);
  });

  it('hears someone turned down or sacked, and not help or an offer the client turns down, nor one who should be sacked', () => {
    expect(heard('The council turned down her housing transfer again.')).toEqual([LOSS]);
    expect(heard('Her sister turned down her invitation to the wedding.')).toContain(LOSS);
    expect(heard('The housing panel turned down her request for support.')).toContain(LOSS);
    expect(heard('Jo turned down the volunteer visits and the peer support group.')).not.toContain(LOSS);
    // One's own turning down is no rejection; an application turned down by those it went to is.
    expect(heard('Jo turned down a second appointment this month because of the family day.')).not.toContain(LOSS);
    expect(heard('Jo turned down the posting in Geneva and said she wants to stay.')).not.toContain(LOSS);
    expect(heard('Jo turned down the conference panel invitation calmly; she wants August free.')).not.toContain(LOSS);
    expect(heard('Jo turned down her manager\'s offer of another hour.')).not.toContain(LOSS);
    expect(heard('After a year of preparation, the institute has turned down her application.')).toContain(LOSS);
    expect(heard('Jo was turned down for the job.')).toContain(LOSS);
    // Someone who "should be sacked" is judged, and has lost nothing.
    expect(heard('Jo was sacked on Friday.')).toContain(LOSS);
    expect(heard('Jo says her old adviser should be sacked.')).not.toContain(LOSS);
  });

  it('hears an attachment style where one is named, not in everyday words for mixed feelings, worry or a busy week', () => {
    const attachment = (sentence: string): string[] => heard(sentence).filter((e) => e.startsWith('attachment-'));
    expect(attachment('Jo was ambivalent about the new job offer.')).toEqual([]);
    expect(attachment('Jo feels preoccupied with the court date.')).toEqual([]);
    expect(attachment('Jo was dismissing of the idea and laughed.')).toEqual([]);
    expect(attachment('The house has been chaotic since the move.')).toEqual([]);
    expect(attachment('Jo has an ambivalent attachment to her mother.')[0]).toMatch(/^attachment-anxious/);
    expect(attachment('Jo describes a dismissive attachment to both parents.')[0]).toMatch(/^attachment-avoidant/);
  });

  it('hears a parallel named as mirroring, and not mirroring a posture or words, a counselling skill', () => {
    const named = (sentence: string): boolean => heard(sentence).some((e) => e.startsWith('parallel-explicit'));
    expect(named('My rushing today was mirroring what happens between Jo and her mum.')).toBe(true);
    expect(named('The panic in the room mirrored the way Jo is treated at home.')).toBe(true);
    expect(named('I was mirroring her posture to build rapport.')).toBe(false);
    expect(named('I mirrored her words back to her and she cried.')).toBe(false);
    expect(named('Mirroring body language helped Jo settle.')).toBe(false);
  });

  it('hears a funeral, a hospice, someone passed on, and not a funeral home or a bus pass', () => {
    expect(heard('Jo went to the funeral on Friday.')).toEqual([LOSS]);
    expect(heard('After the funeral she went home and slept all weekend.')).toContain(LOSS);
    expect(heard('Jo drives for a funeral home at weekends.')).toEqual([]);
    expect(heard('Her mum is in the hospice and the staff say it is days now.')).toContain(LOSS);
    // A hospice named as a place of work or a poster's home is no loss.
    expect(heard('Jo read me the hospice café\'s chalkboard and ordered two scones.')).toEqual([]);
    expect(heard('A hospice aide on our team meets a former patient for coffee.').filter((d) => d.startsWith('loss'))).toEqual([]);
    // A job, a shift or a placement at the hospice is work, not a death; someone moved into one is,
    // even when work, a shift or a nurse stands near it.
    expect(heard('Jo has started a new part-time job at the hospice on Tuesdays.')).toEqual([]);
    expect(heard('Jo has been working at the hospice for five years now.')).toEqual([]);
    expect(heard('Jo volunteers at a hospice two days a week.')).toEqual([]);
    expect(heard('Jo is back on the rota at the hospice and likes the night team.')).toEqual([]);
    expect(heard('Jo has an interview at the hospice for the night post.')).toEqual([]);
    expect(heard('Her dad was moved into the hospice on Friday and Jo sits with him every evening.')).toContain(LOSS);
    expect(heard('Jo went straight from work to the hospice to sit with her mum every night.')).toContain(LOSS);
    expect(heard('The nurses at the hospice told Jo her father has days rather than weeks.')).toContain(LOSS);
    expect(heard("Jo's mum started hospice care last week.")).toContain(LOSS);
    // A bereavement post or course is work; the bereavement service a client is sent to is a loss.
    expect(heard("I've applied for a bereavement post at the hospice and the interview is on Friday.")).toEqual([]);
    expect(heard('Jo starts the bereavement training next month.')).toEqual([]);
    expect(heard('Jo has been referred to the bereavement service after her nan died.')).toContain(LOSS);
    // Found by the review of session 33: a post written on a loss, a course for the bereaved.
    expect(heard('Jo wrote a bereavement post on Facebook about her dad.')).toContain(LOSS);
    expect(heard('Jo has signed up for a bereavement course run by Cruse for people who have lost a partner.')).toContain(LOSS);
    expect(heard('Her gran passed on in the spring.')).toEqual([LOSS]);
    expect(heard('Her dad passed on and she had to sell the house.')).toContain(LOSS);
    expect(heard('Her colleague from work passed on last month.')).toContain(LOSS);
    // A place after it is read as "them" by patterns (names are read as pronouns): still a death.
    expect(heard('Her dad passed on Thursday in Ohio.')).toEqual([LOSS]);
    expect(heard('Jo said a place came up on the course but she passed on it.')).toEqual([]);
    expect(heard('Jo renewed her bus pass on Monday.')).toEqual([]);
    expect(heard('Jo asked about the timetable, so I passed it on to her.')).toEqual([]);
    expect(heard('A poster on the corridor says "Curious before certain"; I passed it on my way in.')).toEqual([]);
  });

  it("hears a helper's own life told across the frame, and not told to the practitioner's own supervisor", () => {
    const inSupervision = (sentence: string): string[] =>
      engineWith({
        'Clients/C-7.md': noteText('type: client\ncode: C-7\naliases: [Jo]', ''),
        'Supervision/2026-03-02.md': noteText('type: supervision\ndate: 2026-03-02\ncases: ["[[C-7]]"]', `${sentence}\n`),
      })
        .evidenceOf('Supervision/2026-03-02.md')
        .filter((e) => e.source === 'text' && e.dynamic === 'boundary-issues')
        .map((e) => `${e.dynamic} ${e.role}`);
    expect(inSupervision('I told my supervisor my own mum is in hospital and I may need some leave.')).toEqual([]);
    expect(inSupervision('I told my supervisor about my own anxiety before the session with Jo.')).toEqual([]);
    // Told to the client, or to the supervisor that it was: still across the frame.
    expect(inSupervision('I told Jo about my own divorce when she talked about hers.')).toEqual(['boundary-issues supervisee']);
    expect(inSupervision('I told my supervisor that I had shared my own coming-out story with Jo.')).toEqual(['boundary-issues supervisee']);
    expect(inSupervision('My supervisor told me about her own divorce for most of the hour.')).toEqual(['boundary-issues supervisor']);
    // Found by the review of session 33: the practitioner's own therapist named to the client is a disclosure to the client.
    expect(heard('I told Jo my own therapist had helped me through something similar.')).toContain('boundary-issues practitioner');
  });

  it('hears fault-finding in every slip listed, and not a list that is a thing', () => {
    const persecuting = (sentence: string): string[] => heard(sentence).filter((d) => d.startsWith('persecuting'));
    expect(persecuting('I listed every mistake Jo made this week.')).not.toEqual([]);
    expect(persecuting('I gave Jo a lecture on every slip in her food diary.')).not.toEqual([]);
    expect(persecuting("Jo, the Year 11 girl on this week's supervision list, has been steady with me all term.")).toEqual([]);
    expect(persecuting('The waiting lists are all over twelve weeks.')).toEqual([]);
    // Found by the review of session 33: a noun before the verb is no list ("my client corrects").
    expect(persecuting('My client corrects every word I say.')).not.toEqual([]);
  });

  it('hears someone let go by an employer, and not someone let go home or to class', () => {
    expect(heard('The firm let him go after nine years.')).toContain(LOSS);
    expect(heard('I told them what the school rule is and let them go to class on the bell.')).toEqual([]);
    expect(heard('The school let him go home early after the fight.')).toEqual([]);
    // Found by the review of session 33: let go early with no notice is a dismissal.
    expect(heard('They let him go early, two weeks before Christmas, with no notice.')).toContain(LOSS);
  });

  it('hears someone who has not spoken to her since, and not a talk about a thing not yet had', () => {
    expect(heard('Jo has not spoken to her since the funeral.')).toContain(LOSS);
    expect(heard("Jo's mum was working nights all week, so Jo has not yet spoken to her about the bus.")).toEqual([]);
    expect(heard('Jo has not spoken to him yet.')).toEqual([]);
    // Found by the review of session 33: "about" for roughly, "yet" for but.
    expect(heard('Her son stopped calling about six months ago.')).toContain(LOSS);
    expect(heard('He has not spoken to her in two years, yet he still sets a place for her at Christmas.')).toContain(LOSS);
  });

  it('hears an engagement broken off, family who cut someone off, children taken; not a talk or a trip', () => {
    expect(heard('Jo broke off the engagement to focus on her career.')).toContain(LOSS);
    expect(heard('Jo broke off mid-session to ring the pharmacy about her meds.')).not.toContain(LOSS);
    expect(heard('Her family cut her off when she came out.')).toContain(LOSS);
    expect(heard('Her parents cut her off again after the wedding.')).toContain(LOSS);
    expect(heard('Jo cut me off mid-sentence and changed the subject.')).not.toContain(LOSS);
    expect(heard('Jo cut me off when I tried to reply.')).not.toContain(LOSS);
    expect(heard('Jo sat in the bath feeling cut off from herself.')).not.toContain(LOSS);
    expect(heard("Her husband took the kids and moved to his mother's in March.")).toContain(LOSS);
    expect(heard('Her husband took the kids out of the country.')).toContain(LOSS);
    expect(heard('Jo let her husband take the kids to the pool on Saturday.')).not.toContain(LOSS);
  });

  it('hears no frame stretched in a train that ran late, no giving up in giving up smoking, no loss in police custody', () => {
    expect(heard('Jo was late because her train ran late again.')).toEqual([]);
    expect(heard('I ran late with Jo again and the next client waited.')).toContain('boundary-issues practitioner');
    // Someone running late for school or work, or a client who says they are, stretches no frame.
    expect(heard('Jo texted that she was running late because the bus broke down.')).toEqual([]);
    expect(heard('Jo ran late because the bus broke down; we started at 10:12 and finished at 11:00.')).toEqual([]);
    expect(heard('The session ran late because Jo was in tears.')).toContain('boundary-issues unknown');
    expect(heard('Her youth worker rings the office when Jo is running late for school.')).toEqual([]);
    expect(heard('My sessions with Jo keep running late and I never stop them on time.')).toContain('boundary-issues practitioner');
    expect(heard('Jo gave up smoking in March.')).toEqual([]);
    expect(heard('Jo has given up on the job search altogether.')).toContain('victim-helplessness client');
    expect(heard("Jo's dad was held in custody over the weekend.")).toEqual([]);
  });

  it('hears no contest in an illness kept under control, and still hears a client who controls the session', () => {
    expect(heard('S: Jo reports her diabetes is well controlled now and she walks the dog every morning.')).toEqual([]);
    expect(heard("Jo's asthma is poorly controlled this winter.")).toEqual([]);
    expect(heard('We practised controlled breathing before the exam.').filter((d) => d.startsWith('power-struggle'))).toEqual([]);
    expect(heard('Jo was controlling in the session and dismissed every question I asked.')).toContain('power-struggle client');
    expect(heard('Jo kept the session well controlled, deciding every topic herself.')).toContain('power-struggle client');
  });

  it('hears a penalty set, and not a penalty missed on the pitch', () => {
    expect(heard('Jo set herself a penalty of no phone for a week.')).toContain('harsh-punitive client');
    expect(heard('Jo took a penalty on herself for every missed workout.')).toContain('harsh-punitive client');
    expect(heard('Jo watched his missed penalty once with the analyst and talked about the next game.')).toEqual([]);
  });

  it("hears the other's work rewritten in front of them, and not someone redoing their own", () => {
    expect(heard("I rewrote the first page of Jo's board report myself on the shared screen while she watched.")).toContain('rescuing practitioner');
    expect(heard('Jo rewrote the opening of my letter to the school herself on her laptop while I watched.')).toContain('rescuing client');
    expect(heard('Jo rewrote her CV while I watched and it was much stronger.')).toEqual([]);
  });

  it('hears someone steered off a subject, and not a child kept off school', () => {
    expect(heard("I steered Jo off Sam's wedding three times in the hour.")).toContain('avoidance-withdrawal practitioner');
    expect(heard("Jo steered me off Sam's inquest twice.")).toContain('avoidance-withdrawal client');
    expect(heard("Jo's mum kept her off school for a week.")).toEqual([]);
  });

  it("hears every slip picked over and a failure laid at the other's door, and not flowers left there", () => {
    expect(heard('I picked through the action log for every item Jo had let slip since February.')).toContain('persecuting practitioner');
    expect(heard('I laid the late board memo squarely at her door.')).toContain('persecuting practitioner');
    expect(heard('Jo laid flowers at her door every Sunday.')).toEqual([]);
  });

  it("hears the inner critic's names for oneself, and not a name someone else is called", () => {
    expect(heard('Jo spent the evening calling herself sloppy and an amateur over one late report.')).toContain('harsh-punitive client');
    expect(heard('Jo keeps telling herself she is an impostor in the new team.')).toContain('harsh-punitive client');
    expect(heard('Jo says her brother calls his boss incompetent.').filter((d) => d.startsWith('harsh-punitive'))).toEqual([]);
  });

  it('hears helplessness, hurry and a curt thanks in their own words only', () => {
    // Nothing making a dent is helplessness; a dent made is progress, and so is a treatment's.
    expect(heard('Jo says nothing she tries with the council makes a dent.')).toContain('victim-helplessness client');
    expect(heard('The genogram last week made a real dent.')).toEqual([]);
    // A curt thanks turns a lead down; a thank-you is none.
    expect(heard('Jo said she would set her own goals, thank you, and crossed out the ones we had agreed.')).toContain('power-struggle client');
    expect(heard('Jo thanked me at the door: "Thank you, that helped."')).toEqual([]);
    // Hurry, not the stairs; a mind racing, racing thoughts, not a race plan.
    expect(heard('Jo arrived out of breath after climbing the four flights and talked about her course.')).toEqual([]);
    expect(heard('Jo arrived out of breath, running late again and apologising.')).toContain('anxiety-urgency client');
    expect(heard('We went straight to her race plan.')).toEqual([]);
    expect(heard('Jo came in with her mind racing about the deadline.')).toContain('anxiety-urgency client');
    expect(heard('Jo reported racing thoughts all week.')).toContain('anxiety-urgency client');
    // No question for the work, not no questions about something.
    expect(heard('Jo left on time and relaxed, with no questions about whether I liked her.')).toEqual([]);
    expect(heard('Jo arrived with no clear question and we drifted.')).toContain('contracting-unclear client');
    // Nor "no question" as an idiom: there is no question she has improved.
    expect(heard('There is no question she has improved since March.')).toEqual([]);
  });
  it('hears collusion and worry in what was left unsaid or checked, not withholding, hesitancy or hurry', () => {
    const of = (sentence: string, dynamic: string): string[] => heard(sentence).filter((d) => d.startsWith(dynamic));
    // Saying nothing about the hard thing together is the collusion, not a secret kept.
    const shared = 'My supervisor laughed with me about the new logo for most of the hour and said nothing about the complaint.';
    expect(of(shared, 'collusion')).not.toEqual([]);
    expect(of(shared, 'shame-withholding')).toEqual([]);
    // An unspoken deal is collusion, not a hesitation.
    const deal = 'Jo and I have an unspoken deal about her absences.';
    expect(of(deal, 'collusion')).not.toEqual([]);
    expect(of(deal, 'passivity-hesitancy')).toEqual([]);
    // A phone checked while waiting for a partner is no hurry; checked again and again in case is worry.
    expect(of('Jo checked her phone the whole session because her boyfriend had not answered.', 'anxiety-urgency')).toEqual([]);
    expect(of('Jo was checking her phone every few minutes in case the hospital rang.', 'anxiety-urgency')).not.toEqual([]);
  });
  it('hears nothing moving in "word for word what it was", not in words copied or read out word for word', () => {
    const stuck = (sentence: string): string[] => heard(sentence).filter((d) => d.startsWith('stuckness'));
    expect(stuck('Six months in, her scores are almost word for word what they were in October.')).not.toEqual([]);
    expect(stuck("Jo repeats her supervisor's phrases word for word.")).toEqual([]);
    expect(stuck('I typed out her statement on my phone, word for word, because she was too tired.')).toEqual([]);
  });
  it('hears keeping quiet as hesitancy, and not keeping quiet about a thing or while the other works it out', () => {
    const hesitancy = (sentence: string): string[] => heard(sentence).filter((d) => d.startsWith('passivity-hesitancy'));
    expect(hesitancy('At the case conference I kept quiet.')).not.toEqual([]);
    expect(hesitancy('I kept quiet while Jo worked out the arrears plan herself.')).toEqual([]);
    expect(hesitancy('I took Jo to supervision and kept quiet about the night I drove her home.')).toEqual([]);
  });

  it('hears letting it pass without a word as hesitancy, a word of protest or a cross word included', () => {
    const hesitancy = (sentence: string): string[] => heard(sentence).filter((d) => d.startsWith('passivity-hesitancy'));
    expect(hesitancy('I let his comment about the pills pass without a word.')).not.toEqual([]);
    // Something accepted that was not wanted: the review of session 33 found these lost when such words were read as willing.
    expect(hesitancy('I let his comment about the pills pass without a word of protest.')).not.toEqual([]);
    expect(hesitancy('Jo accepted the cut to her hours without a word of complaint.')).not.toEqual([]);
    expect(hesitancy('Jo listened to her boss criticise her without a cross word, then cried in the car.')).not.toEqual([]);
  });

  it('hears leaving something out as withholding, and not nothing left out or nothing to hide', () => {
    const withholding = (sentence: string): string[] => heard(sentence).filter((d) => d.startsWith('shame-withholding'));
    expect(withholding('Jo left out the part about the money, embarrassed.')).not.toEqual([]);
    expect(withholding('Jo spoke openly about the week; nothing left out.')).toEqual([]);
    expect(withholding('I told my supervisor about the visit straight away; there was nothing to conceal.')).toEqual([]);
  });

  it('hears a task done for her, and not one done for her appointment: a possessive "her" names no one it was done for', () => {
    expect(heard('I booked an interpreter for her again, as I did last month.')).toContain('rescuing practitioner');
    expect(heard('I filled in the housing form for her while she watched.')).toContain('rescuing practitioner');
    expect(heard('I phoned the surgery for her, because she could not face it.')).toContain('rescuing practitioner');
    expect(heard('Jo booked a BSL interpreter for her GP appointment through the relay app and showed me the confirmation.').filter((d) => d.startsWith('rescuing'))).toEqual([]);
  });

  it('hears a gift from the client, and not the service\'s policy on gifts from clients', () => {
    expect(heard('Jo brought a gift from her holiday and I accepted it.')).toContain('boundary-issues client');
    expect(heard('We went over the service policy on gifts from clients before the review.').filter((d) => d.startsWith('boundary'))).toEqual([]);
  });

  it('hears no answer to what the session is for, and not a purpose the client names', () => {
    expect(heard('I asked Jo what she wanted from today and she shrugged.').map((e) => e.split(' ')[0])).toContain('contracting-unclear');
    expect(heard('Jo opened by naming what she wanted from today, a plan for the rota.').filter((e) => e.startsWith('contracting'))).toEqual([]);
  });

  it("hears meeting the other socially, and not the writer's own evening, a note taken for the team, or a purpose agreed first", () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics('After the session I had coffee with Jo at the station café.')).toContain('boundary-issues');
    expect(dynamics('After work I had dinner with my niece in town.')).not.toContain('boundary-issues');
    expect(dynamics('I took notes on the new welfare provisions for the team.')).not.toContain('rescuing');
    expect(dynamics('We agreed the purpose of the hour before anything else: the rota and the letter.')).not.toContain('anxiety-urgency');
  });

  it('hears another subject turned to instead, and not one chosen or agreed on as a plan', () => {
    const AVOIDANCE = 'avoidance-withdrawal client';
    expect(heard('When I raised the court date, Jo talked about her cat instead.')).toContain(AVOIDANCE);
    expect(heard('When I raised the letter, Jo moved us on to the safety plan.')).toContain(AVOIDANCE);
    expect(heard('Jo chose to talk about her camping trip instead of the revision plan, since the packing list was due that afternoon.')).toEqual([]);
    expect(heard('We agreed to switch to her budget sheet instead, as the bill is due on Friday.')).toEqual([]);
  });

  it('hears holding back in not asking about something, and not in asking no one to do it', () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics("I didn't ask about the bruise on her arm.")).toContain('passivity-hesitancy');
    expect(dynamics('Jo weighed the job offers himself and chose the second; he did not ask me to pick.')).not.toContain('passivity-hesitancy');
    expect(dynamics("Jo chose the course herself and didn't ask me to decide.")).not.toContain('passivity-hesitancy');
  });

  it('hears contact with the helper again and again as leaning on them, and not ringing home or someone else', () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics('Jo rang the clinic four times between sessions to check with me whether to take the job.')).toContain('dependency');
    expect(dynamics('When her husband was late back from work, Jo rang him five times and was sure he had left her.')).not.toContain('dependency');
    expect(dynamics('Jo rang home twice this week and talked about the exam with his mum.')).not.toContain('dependency');
  });

  it('hears no collusion in not pushing: not pushing someone away, or a point no further', () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics('Jo did not push me away today; she stayed with the hard part and seemed at ease.')).not.toContain('collusion');
    expect(dynamics('I sent the manager one reminder about the rota and did not push it further when she replied.')).not.toContain('collusion');
    // A comfortable pact that keeps the hard thing out is still heard.
    expect(dynamics('Jo and I had another pleasant hour about her garden, and the drinking she came about never got a mention.')).toContain('collusion');
  });

  it('hears keeping something from someone, and not keeping on at something ("keep checking flights from Narita")', () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics('Jo kept the second overdraft letter from her husband.')).toContain('shame-withholding');
    expect(dynamics('Jo keeps checking flights from Narita and cannot settle.')).not.toContain('shame-withholding');
  });

  it('hears every fault listed, and not every decision or win listed', () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics('I listed every mistake in her draft while she sat there.')).toContain('persecuting');
    expect(dynamics('Jo brought a list of every decision she faces this week.')).not.toContain('persecuting');
    expect(dynamics('Jo made a list of every win since March and read it out.')).not.toContain('persecuting');
  });

  it('hears no movement for weeks, and not a fee kept as agreed', () => {
    const dynamics = (sentence: string): string[] => heard(sentence).map((e) => e.split(' ')[0]);
    expect(dynamics('Her PHQ-9 is unchanged at 14 since March.')).toContain('stuckness');
    expect(dynamics('P: Next session Tuesday 3pm; invoice sent; fee unchanged at £60.')).not.toContain('stuckness');
  });
});
