import { rolesByText } from "./rolesOf";

const sender: [string, string][] = [["Claire Hibbert", "claire.hibbert@justice.gov.uk"]];

describe("a colleague's family in news of their death, wedding or baby (tuning109, tuning118)", () => {
  it("relatives named after 'her husband', a colleague's possessive, and the names listed with them are no case people", () => {
    const text =
      "Good morning,\n\nI work with Pauline Yates at Chesterfield Probation Office. Her husband Keith gave us your details for the funeral. Pauline's daughters, Emma and Lucy, would like one small arrangement from the team.\n\nKeith mentioned it might be busy.\n\nKind regards\nClaire";
    const roles = rolesByText(text, sender);
    for (const name of ["Keith", "Emma", "Lucy"]) expect(roles[name]).toBe("no case context");
  });

  it("'in memory of our colleague': his wife and their children", () => {
    const text = "We're doing it in memory of our colleague PC Gavin Reeve, who died in March. His wife Hayley and their children, Ella and Josh, will meet us at the finish.";
    const roles = rolesByText(text, [["Karen Amos", "karen.amos@btp.police.uk"]]);
    for (const name of ["Hayley", "Ella", "Josh"]) expect(roles[name]).toBe("no case context");
  });

  it("guard: a death told of no colleague keeps the relative a case person's", () => {
    const text = "Lee Dale died in custody on Sunday; he was on licence for robbery. I spoke to his wife, Carol, about the funeral.";
    expect(rolesByText(text, sender)["Carol"]).toBe("case");
  });

  it("guard: news with a date of birth in it is no colleague's", () => {
    const text = "Sad news from our colleague at the hostel: Lee Dale (DOB 01/02/1990) died on Sunday. His partner, Carol, was arrested at the scene for assault.";
    expect(rolesByText(text, sender)["Carol"]).toBe("case");
  });

  it("a tribute: 'our Strategic Director' is a colleague; the service named in the relatives' sentence is no case wording", () => {
    const text =
      "Here is the council's tribute to Margaret Lomas, who died on 10 November.\n\n\"Margaret was our Strategic Director for twelve years. Our thoughts are with her husband, Peter, her children, Andrew and Kate.\" \u2013 Councillor Janet Royle, Cabinet Member for Children's Services";
    const roles = rolesByText(text, [["Jonathan Ames", "jonathan.ames@derbyshire.gov.uk"]]);
    for (const name of ["Peter", "Andrew", "Kate"]) expect(roles[name]).toBe("no case context");
  });

  it("guard: harm in the relative's sentence keeps them a case's", () => {
    const text = "I work with Pauline Yates at Chesterfield Probation Office; the funeral is on Thursday. Her husband Keith has been abusive and controlling towards the children.";
    expect(rolesByText(text, sender)["Keith"]).toBe("case");
  });
});

describe("a message of staff news alone (tuning118, tuning124)", () => {
  const cake = "Hello,\n\nOur team would love to order a cake as a surprise wedding present for a colleague.\n\nNatalie is marrying her partner Ola on Saturday 12 December; she has type 1 diabetes, so it must be sugar free.\n\nThanks";

  it("its names and health terms in staff's text are no case", () => {
    const roles = rolesByText(cake, sender);
    expect(roles["Natalie"]).toBe("no case context");
    expect(roles["diabetes"]).toBe("no case context");
  });

  it("guard: a case person, harm or a date of birth in it makes it no staff news", () => {
    expect(rolesByText(cake.replace("Thanks", "The child she fosters is on a care order.\n\nThanks"), sender)["Natalie"]).toBe("case");
    expect(rolesByText(cake.replace("Thanks", "Her ex was violent towards her.\n\nThanks"), sender)["Natalie"]).toBe("case");
    expect(rolesByText(cake.replace("on Saturday", "(DOB 01/02/1990) on Saturday"), sender)["Natalie"]).toBe("case");
  });

  it("a colleague named by rank, and a career in child protection, still make staff news", () => {
    const text =
      "Dear Mr Hall,\n\nI am writing about the funeral of PC Lee Wilkins, who spent ten years in the force's child protection unit. His mother Denise would like the order of service to list his sister Steph as a reader; Denise has asked for donations to Cancer Research, as Lee was diagnosed with cancer last year.\n\nKind regards";
    const roles = rolesByText(text, sender);
    expect(roles["Denise"]).toBe("no case context");
    expect(roles["Steph"]).toBe("no case context");
  });

  it("a colleague's illness is staff news; their family's number in it is no case ('a heart attack' is no harm)", () => {
    const text =
      "Hello,\n\nOur colleague Keith Marriott had a heart attack in the staff car park and is now home recovering. Keith and his wife Denise would like to thank you; Denise's number is 07700 900158.\n\nThanks";
    const roles = rolesByText(text, sender);
    expect(roles["Denise"]).toBe("no case context");
    expect(roles["07700 900158"]).toBe("no case context");
  });
});
