/** Message anatomy for the way each mail client writes replies, forwards and signatures. */
import { bodyTexts } from "../../../src/policy/html";
import { brokenPromise, read } from "./helpers";

/** The anatomy of an HTML body as SafeShare reads it: the reader's visible text and regions. */
const readHtml = (html: string) => {
  const t = bodyTexts(html);
  return read(t.visible, t.regions);
};

const DISCLAIMER =
  "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender.";

describe("Outlook desktop, plain text", () => {
  const text = `Hello,

Please could you book a table for eight on Friday at 12:30?

Many thanks

Alex Morgan
Probation Officer | Chesterfield Probation Office
The Probation Service, 1 Brewery Street, Chesterfield S41 7UJ
Tel: 01246 276761 | Mobile: 07700 933101
alex.morgan@justice.gov.uk

${DISCLAIMER}

-----Original Message-----
From: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>
Sent: 14 November 2026 15:25
To: Morgan, Alex <alex.morgan@justice.gov.uk>; Reid, Marcus <marcus.reid@justice.gov.uk>
Cc: Duty Team
Subject: Team lunch

Hi Alex,

Shall we book the usual place for Friday?

Gareth`;
  const r = read(text);

  it("splits the new message into greeting, text, sign-off, signature and disclaimer", () => {
    expect(r.parts.filter((p) => p[1] === 0)).toEqual([
      ["greeting", 0, "Hello,"],
      ["text", 0, "Please could you book a table for eight on Friday at 12:30?"],
      ["sign-off", 0, "Many thanks"],
      ["signature", 0, "Alex Morgan\nProbation Officer | Chesterfield Probation Office\nThe Probation Service, 1 Brewery Street, Chesterfield S41 7UJ\nTel: 01246 276761 | Mobile: 07700 933101\nalex.morgan@justice.gov.uk"],
      ["disclaimer", 0, DISCLAIMER],
    ]);
  });

  it("makes the -----Original Message----- block a quote header of message 1, and what follows that message", () => {
    expect(r.at("-----Original")).toEqual(["quote-header", 1]);
    expect(r.all("quote-header")).toEqual([text.slice(text.indexOf("-----Original"), text.indexOf("Subject: Team lunch") + "Subject: Team lunch".length)]);
    expect(r.at("Hi Alex,")).toEqual(["greeting", 1]);
    expect(r.at("Shall we book")).toEqual(["text", 1]);
    expect(brokenPromise(text, r.anatomy)).toBeNull();
  });

  it("names the people in the header, with exact offsets", () => {
    expect(r.headers()).toEqual([
      {
        message: 1,
        people: [
          ["from", "Lloyd, Gareth", "gareth.lloyd@justice.gov.uk"],
          ["to", "Morgan, Alex", "alex.morgan@justice.gov.uk"],
          ["to", "Reid, Marcus", "marcus.reid@justice.gov.uk"],
          ["cc", "Duty Team", undefined],
        ],
        subject: "Team lunch",
      },
    ]);
    expect(r.anatomy.headers[0]).toMatchObject({ start: text.indexOf("-----Original"), end: text.indexOf("Subject: Team lunch") + 19 });
  });
});

describe("Outlook desktop, plain text: the line of underscores and a four-message thread", () => {
  const text = `FYI, see the thread below.

Jo

________________________________
From: Reid, Marcus <marcus.reid@justice.gov.uk>
Sent: 12 November 2026 10:00
To: Smith, Jo <jo.smith@justice.gov.uk>
Subject: RE: Referral

Dear Jo,

Thanks, noted.

Kind regards
Marcus Reid
Senior Probation Officer

________________________________
From: Starting Point [mailto:starting.point@derbyshire.gov.uk]
Sent: 11 November 2026 16:40
To: Reid, Marcus
Subject: Referral

Good afternoon,

Tyler Nash (DOB 05/08/1989) is known to us.

Starting Point

________________________________
From: jo.smith@justice.gov.uk
Sent: 10 November 2026 09:00
To: starting.point@derbyshire.gov.uk
Subject: Referral

Please check Tyler Nash.`;
  const r = read(text);

  it("numbers the quoted messages in order of appearance, each with its header and parts", () => {
    expect(r.anatomy.headers.map((h) => h.message)).toEqual([1, 2, 3]);
    expect(r.at("FYI")).toEqual(["text", 0]);
    expect(r.at("Dear Jo")).toEqual(["greeting", 1]);
    expect(r.at("Thanks, noted.")).toEqual(["text", 1]);
    expect(r.at("Kind regards")).toEqual(["sign-off", 1]);
    expect(r.all("signature", 1)).toEqual(["Marcus Reid\nSenior Probation Officer"]);
    expect(r.at("Good afternoon,")).toEqual(["greeting", 2]);
    expect(r.at("Tyler Nash (DOB")).toEqual(["text", 2]);
    expect(r.at("Please check Tyler")).toEqual(["text", 3]);
    expect(r.all("quote-header").every((h) => h.startsWith("________________________________\nFrom: "))).toBe(true);
    expect(brokenPromise(text, r.anatomy)).toBeNull();
  });

  it("reads [mailto:] addresses, names without an address and bare addresses", () => {
    expect(r.headers().map((h) => h.people)).toEqual([
      [
        ["from", "Reid, Marcus", "marcus.reid@justice.gov.uk"],
        ["to", "Smith, Jo", "jo.smith@justice.gov.uk"],
      ],
      [
        ["from", "Starting Point", "starting.point@derbyshire.gov.uk"],
        ["to", "Reid, Marcus", undefined],
      ],
      [
        ["from", undefined, "jo.smith@justice.gov.uk"],
        ["to", undefined, "starting.point@derbyshire.gov.uk"],
      ],
    ]);
  });
});

describe("Outlook desktop, HTML", () => {
  const header = (from: string, sent: string, subject: string) =>
    `<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> ${from}<br><b>Sent:</b> ${sent}<br><b>To:</b> Reid, Marcus &lt;marcus.reid@justice.gov.uk&gt;<br><b>Subject:</b> ${subject}<o:p></o:p></p></div></div>`;
  const html =
    `<html><head><style>p.MsoNormal{margin:0cm}</style></head><body lang=EN-GB><div class=WordSection1>` +
    `<p class=MsoNormal>Hi Gareth,<o:p></o:p></p><p class=MsoNormal>Yes, Friday works.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
    `<p class=MsoNormal><a name="_MailAutoSig"><span>Marcus Reid</span></a><o:p></o:p></p><p class=MsoNormal>Probation Officer | Derby Probation Office<o:p></o:p></p><p class=MsoNormal>Tel: 01332 340047<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
    header("Lloyd, Gareth &lt;gareth.lloyd@justice.gov.uk&gt;", "14 November 2026 15:25", "Team lunch") +
    `<p class=MsoNormal>Hi Marcus,<o:p></o:p></p><p class=MsoNormal>Shall we book the usual place?<o:p></o:p></p>` +
    header("Starting Point &lt;starting.point@derbyshire.gov.uk&gt;", "13 November 2026 11:47", "OFFICIAL-SENSITIVE: KPC") +
    `<p class=MsoNormal>Leah Marsh (21/07/2000) is known to us.<o:p></o:p></p></div></body></html>`;
  const r = readHtml(html);

  it("uses the _MailAutoSig bookmark and the bordered reply headers", () => {
    expect(r.at("Hi Gareth")).toEqual(["greeting", 0]);
    expect(r.at("Yes, Friday")).toEqual(["text", 0]);
    expect(r.all("signature", 0)).toEqual(["Marcus Reid\nProbation Officer | Derby Probation Office\nTel: 01332 340047"]);
    expect(r.all("quote-header")).toEqual([
      "From: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSent: 14 November 2026 15:25\nTo: Reid, Marcus <marcus.reid@justice.gov.uk>\nSubject: Team lunch",
      "From: Starting Point <starting.point@derbyshire.gov.uk>\nSent: 13 November 2026 11:47\nTo: Reid, Marcus <marcus.reid@justice.gov.uk>\nSubject: OFFICIAL-SENSITIVE: KPC",
    ]);
    expect(r.at("Hi Marcus")).toEqual(["greeting", 1]);
    expect(r.at("Shall we book")).toEqual(["text", 1]);
    expect(r.at("Leah Marsh")).toEqual(["text", 2]);
    expect(r.headers().map((h) => [h.message, h.people[0], h.subject])).toEqual([
      [1, ["from", "Lloyd, Gareth", "gareth.lloyd@justice.gov.uk"], "Team lunch"],
      [2, ["from", "Starting Point", "starting.point@derbyshire.gov.uk"], "OFFICIAL-SENSITIVE: KPC"],
    ]);
    expect(brokenPromise(r.text, r.anatomy)).toBeNull();
  });

  it("finds the same messages from the text alone (no regions), as Outlook's text rendering gives it", () => {
    const plain = read(r.text);
    expect(plain.anatomy.headers.map((h) => h.message)).toEqual([1, 2]);
    expect(plain.at("Leah Marsh")).toEqual(["text", 2]);
    // Without the bookmark the signature is found by its shape: a name, a job title, a labelled phone.
    expect(plain.all("signature", 0)).toEqual(["Marcus Reid\nProbation Officer | Derby Probation Office\nTel: 01332 340047"]);
  });
});

describe("Outlook on the web, HTML", () => {
  const html =
    '<html><body><div class="elementToProof" style="font-family:Aptos">Hi Alex,<br><br>Please could you book the room for Tuesday?<br><br>Kind regards</div>' +
    '<div id="Signature"><p>Gareth Lloyd (he/him)<br>Probation Officer<br>Burdett House, Derby DE1 2HT<br>Tel: 01332 340047</p><p>' +
    DISCLAIMER +
    '</p></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt"><b>From:</b> Alex Morgan &lt;alex.morgan@justice.gov.uk&gt;<br><b>Sent:</b> Friday, November 20, 2026 9:12 AM<br><b>To:</b> Lloyd, Gareth &lt;gareth.lloyd@justice.gov.uk&gt;<br><b>Subject:</b> Room</font><div>&nbsp;</div></div>' +
    "<div>Hi Gareth,</div><div>Can you sort the room? Kayleigh Brooks needs it.</div><div>Alex</div></body></html>";
  const r = readHtml(html);

  it("takes #Signature as the signature (its disclaimer as a disclaimer) and everything after #appendonsend as quoted", () => {
    expect(r.parts).toEqual([
      ["greeting", 0, "Hi Alex,"],
      ["text", 0, "Please could you book the room for Tuesday?"],
      ["sign-off", 0, "Kind regards"],
      ["signature", 0, "Gareth Lloyd (he/him)\nProbation Officer\nBurdett House, Derby DE1 2HT\nTel: 01332 340047"],
      ["disclaimer", 0, DISCLAIMER],
      ["quote-header", 1, "From: Alex Morgan <alex.morgan@justice.gov.uk>\nSent: Friday, November 20, 2026 9:12 AM\nTo: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSubject: Room"],
      ["greeting", 1, "Hi Gareth,"],
      ["text", 1, "Can you sort the room? Kayleigh Brooks needs it.\nAlex"],
    ]);
    expect(r.headers()).toEqual([
      {
        message: 1,
        people: [
          ["from", "Alex Morgan", "alex.morgan@justice.gov.uk"],
          ["to", "Lloyd, Gareth", "gareth.lloyd@justice.gov.uk"],
        ],
        subject: "Room",
      },
    ]);
  });

  it("keeps a sentence typed into the signature block as text", () => {
    const typed = readHtml('<div>Hello,</div><div id="Signature"><p>Jo Smith<br>Probation Officer<br>PS the mother is Kelly Brennan and she has moved to Derby.</p></div>');
    expect(typed.at("Jo Smith")).toEqual(["signature", 0]);
    expect(typed.at("PS the mother")).toEqual(["text", 0]);
  });
});

describe("Outlook for Mac", () => {
  it("reads the attribution line with a quoted \"Surname, Given\" name, and the indented reply under it", () => {
    const text = `Thanks, will do.

On 12/11/2026, 09:14, "Smith, Jo" <jo.smith@justice.gov.uk> wrote:

    Hi Alex,

    Can we talk about Tyler on Monday?

    Jo
`;
    const r = read(text);
    expect(r.at("Thanks, will do.")).toEqual(["text", 0]);
    expect(r.at("On 12/11/2026")).toEqual(["quote-header", 1]);
    expect(r.at("Hi Alex")).toEqual(["greeting", 1]);
    expect(r.at("Can we talk")).toEqual(["text", 1]);
    expect(r.headers()).toEqual([{ message: 1, people: [["wrote", "Smith, Jo", "jo.smith@justice.gov.uk"]] }]);
  });

  it("reads a header with every field on one line (no bold)", () => {
    const text =
      "Noted.\n\nFrom: Jo Smith <jo.smith@justice.gov.uk> Date: Tuesday, 10 November 2026 at 14:02 To: Alex Morgan <alex.morgan@justice.gov.uk>, Sam Patel <sam.patel@derby.gov.uk> Subject: Re: KPC\n\nPlease see below.";
    const r = read(text);
    expect(r.at("From: Jo")).toEqual(["quote-header", 1]);
    expect(r.at("Please see below")).toEqual(["text", 1]);
    expect(r.headers()).toEqual([
      {
        message: 1,
        people: [
          ["from", "Jo Smith", "jo.smith@justice.gov.uk"],
          ["to", "Alex Morgan", "alex.morgan@justice.gov.uk"],
          ["to", "Sam Patel", "sam.patel@derby.gov.uk"],
        ],
        subject: "Re: KPC",
      },
    ]);
  });

  it("reads the Mac HTML header (#B5C4DF border) as a quoted header", () => {
    const r = readHtml(
      '<div>Fine.</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From: </b>Jo Smith &lt;jo@x.gov.uk&gt;<br><b>Date: </b>Tuesday, 10 November 2026 at 14:02<br><b>To: </b>Alex &lt;alex@y.gov.uk&gt;<br><b>Subject: </b>Re: KPC</p></div><p>Older text.</p>',
    );
    expect(r.at("From: Jo")).toEqual(["quote-header", 1]);
    expect(r.at("Older text")).toEqual(["text", 1]);
    expect(r.headers()[0]?.people).toEqual([
      ["from", "Jo Smith", "jo@x.gov.uk"],
      ["to", "Alex", "alex@y.gov.uk"],
    ]);
  });
});

describe("Gmail", () => {
  it("plain text: attribution lines (one wrapped over two) and nested > quoting, each depth a later message", () => {
    const text = `Thanks Sam, that's useful.

On Tue, 10 Nov 2026 at 14:02, Sam Patel <sam.patel@derby.gov.uk>
wrote:

> Hi Jo,
>
> Leah Marsh (DOB 21/07/2000) is known to us.
>
> Kind regards
> Sam Patel
> Duty Social Worker
>
> On Mon, 9 Nov 2026 at 09:00, Jo Smith <jo.smith@justice.gov.uk> wrote:
>
> > Morning Sam
> > Is Leah known to you?
> > Cheers
> > Jo
`;
    const r = read(text);
    expect(r.at("Thanks Sam")).toEqual(["text", 0]);
    expect(r.all("quote-header", 1)).toEqual(["On Tue, 10 Nov 2026 at 14:02, Sam Patel <sam.patel@derby.gov.uk>\nwrote:"]);
    expect(r.at("Hi Jo")).toEqual(["greeting", 1]);
    expect(r.at("Leah Marsh (DOB")).toEqual(["text", 1]);
    expect(r.at("Kind regards")).toEqual(["sign-off", 1]);
    expect(r.at("Sam Patel\n> Duty")).toEqual(["signature", 1]);
    expect(r.at("Duty Social Worker")).toEqual(["signature", 1]);
    expect(r.at("> On Mon")).toEqual(["quote-header", 2]);
    expect(r.at("Morning Sam")).toEqual(["greeting", 2]);
    expect(r.at("Is Leah known")).toEqual(["text", 2]);
    expect(r.at("Cheers")).toEqual(["sign-off", 2]);
    expect(r.at("> > Jo")).toEqual(["signature", 2]);
    expect(r.headers()).toEqual([
      { message: 1, people: [["wrote", "Sam Patel", "sam.patel@derby.gov.uk"]] },
      { message: 2, people: [["wrote", "Jo Smith", "jo.smith@justice.gov.uk"]] },
    ]);
    expect(brokenPromise(text, r.anatomy)).toBeNull();
  });

  it("plain text: a forwarded message", () => {
    const text = `See below.

---------- Forwarded message ---------
From: Sam Patel <sam.patel@derby.gov.uk>
Date: Mon, 9 Nov 2026 at 09:00
Subject: Referral
To: <alex.morgan@justice.gov.uk>, Jo Smith <jo.smith@justice.gov.uk>


Hello,

Referral attached.`;
    const r = read(text);
    expect(r.at("---------- Forwarded")).toEqual(["quote-header", 1]);
    expect(r.at("Hello,")).toEqual(["greeting", 1]);
    expect(r.at("Referral attached")).toEqual(["text", 1]);
    expect(r.headers()).toEqual([
      {
        message: 1,
        people: [
          ["from", "Sam Patel", "sam.patel@derby.gov.uk"],
          ["to", undefined, "alex.morgan@justice.gov.uk"],
          ["to", "Jo Smith", "jo.smith@justice.gov.uk"],
        ],
        subject: "Referral",
      },
    ]);
  });

  it("HTML: gmail_signature, gmail_attr and nested gmail_quote", () => {
    const r = readHtml(
      '<div dir="ltr">Thanks Sam, noted.<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Jo Smith<div>Senior Practitioner</div><div>M: 07700 900000</div></div></div></div><br>' +
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, 10 Nov 2026 at 14:02, Sam Patel &lt;<a href="mailto:sam.patel@derby.gov.uk">sam.patel@derby.gov.uk</a>&gt; wrote:<br></div>' +
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Jo,<div>Is Leah Marsh known to you?</div><div>Sam</div></div><br>' +
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 9 Nov 2026 at 09:00, Jo Smith &lt;jo.smith@justice.gov.uk&gt; wrote:<br></div><blockquote class="gmail_quote">Older text</blockquote></div></blockquote></div>',
    );
    expect(r.at("Thanks Sam, noted")).toEqual(["text", 0]);
    expect(r.at("--")).toEqual(["sign-off", 0]);
    expect(r.all("signature", 0)).toEqual(["Jo Smith\nSenior Practitioner\nM: 07700 900000"]);
    expect(r.at("On Tue")).toEqual(["quote-header", 1]);
    expect(r.at("Hi Jo")).toEqual(["greeting", 1]);
    expect(r.at("Is Leah Marsh")).toEqual(["text", 1]);
    expect(r.at("On Mon")).toEqual(["quote-header", 2]);
    expect(r.at("Older text")).toEqual(["text", 2]);
    expect(r.headers().map((h) => [h.message, h.people])).toEqual([
      [1, [["wrote", "Sam Patel", "sam.patel@derby.gov.uk"]]],
      [2, [["wrote", "Jo Smith", "jo.smith@justice.gov.uk"]]],
    ]);
  });
});

describe("Apple Mail and Thunderbird", () => {
  it("Apple Mail: blockquote type=cite holding the attribution, and Begin forwarded message", () => {
    const r = readHtml(
      '<div>Sure, I will call her.</div><div><br><blockquote type="cite"><div>On 12 Nov 2026, at 09:14, Jo Smith &lt;jo.smith@justice.gov.uk&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>Hi Alex,</div><div>Tyler Nash is known to us.</div></div></blockquote></div>',
    );
    expect(r.at("Sure, I will")).toEqual(["text", 0]);
    expect(r.at("On 12 Nov")).toEqual(["quote-header", 1]);
    expect(r.at("Hi Alex")).toEqual(["greeting", 1]);
    expect(r.at("Tyler Nash")).toEqual(["text", 1]);
    expect(r.headers()[0]?.people).toEqual([["wrote", "Jo Smith", "jo.smith@justice.gov.uk"]]);

    const forwarded = read(`FYI

Begin forwarded message:

From: "Smith, Jo" <jo.smith@justice.gov.uk>
Subject: Referral
Date: 12 November 2026 at 09:14:00 GMT
To: Alex Morgan <alex.morgan@justice.gov.uk>

Referral for Tyler Nash attached.

Sent from my iPhone`);
    expect(forwarded.at("Begin forwarded")).toEqual(["quote-header", 1]);
    expect(forwarded.at("Referral for Tyler")).toEqual(["text", 1]);
    expect(forwarded.at("Sent from my iPhone")).toEqual(["signature", 1]);
    expect(forwarded.headers()[0]).toEqual({
      message: 1,
      people: [
        ["from", "Smith, Jo", "jo.smith@justice.gov.uk"],
        ["to", "Alex Morgan", "alex.morgan@justice.gov.uk"],
      ],
      subject: "Referral",
    });
  });

  it("Thunderbird: moz-cite-prefix, blockquote and moz-signature", () => {
    const r = readHtml(
      '<p>OK, thanks.</p><div class="moz-signature">-- <br>Jo Smith<br>Youth Justice Worker<br>T: 01234 567890</div><div class="moz-cite-prefix">On 12/11/2026 09:14, Sam Patel wrote:<br></div><blockquote type="cite" cite="mid:1@x">Hello Jo<br>Leah is at 6 Mill Lane.</blockquote>',
    );
    expect(r.parts).toEqual([
      ["text", 0, "OK, thanks."],
      ["sign-off", 0, "--"],
      ["signature", 0, "Jo Smith\nYouth Justice Worker\nT: 01234 567890"],
      ["quote-header", 1, "On 12/11/2026 09:14, Sam Patel wrote:"],
      ["greeting", 1, "Hello Jo"],
      ["text", 1, "Leah is at 6 Mill Lane."],
    ]);
    expect(r.headers()[0]?.people).toEqual([["wrote", "Sam Patel", undefined]]);
  });
});

describe("> quoting", () => {
  it("gives each depth its own message, and an inline answer back to the new message", () => {
    const text = `> Can you check Leah Marsh?
Yes, she is known.
> And her brother?
>> Original question from the school
>> about both children
Not known.`;
    const r = read(text);
    expect(r.at("> Can you check")).toEqual(["text", 1]);
    expect(r.at("Yes, she is known")).toEqual(["text", 0]);
    expect(r.at("> And her brother")).toEqual(["text", 1]);
    expect(r.at(">> Original")).toEqual(["text", 2]);
    expect(r.at("Not known")).toEqual(["text", 0]);
    expect(brokenPromise(text, r.anatomy)).toBeNull();
  });

  it("puts an \"On … wrote:\" line above quoted lines in the header of the message one level deeper", () => {
    const r = read("Agreed.\n\nOn Tue, Sam <sam@x.gov.uk> wrote:\n> > older\n> newer");
    expect(r.at("On Tue")).toEqual(["quote-header", 1]);
    expect(r.at("> > older")).toEqual(["text", 2]);
    expect(r.at("> newer")).toEqual(["text", 1]);
  });
});

describe("localized headers", () => {
  it("reads a German Outlook header block (Von/Gesendet/An/Betreff)", () => {
    const text = "Danke.\n\nVon: Müller, Jana <jana.mueller@example.de>\nGesendet: Dienstag, 10. November 2026 14:02\nAn: Morgan, Alex <alex.morgan@justice.gov.uk>\nBetreff: Termin\n\nHallo Alex,\nbis Montag.";
    const r = read(text);
    expect(r.at("Von:")).toEqual(["quote-header", 1]);
    expect(r.at("bis Montag")).toEqual(["text", 1]);
    expect(r.headers()).toEqual([
      {
        message: 1,
        people: [
          ["from", "Müller, Jana", "jana.mueller@example.de"],
          ["to", "Morgan, Alex", "alex.morgan@justice.gov.uk"],
        ],
        subject: "Termin",
      },
    ]);
  });
});
