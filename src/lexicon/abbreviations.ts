/**
 * Words that end in a full stop without ending a sentence. Compared case-sensitively
 * without the final dot; single capital letters (initials) are handled by the splitter.
 */
export const ABBREVIATIONS: readonly string[] = [
  // titles and honorifics
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Rev', 'Fr', 'Hon', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col',
  'Maj', 'Capt', 'Cmdr', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Amb', 'Pres', 'Supt', 'Insp', 'Det', 'Atty', 'Mx',
  // months and days
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // organisations, places, misc
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Dept', 'Univ', 'Assn', 'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'Ky', 'Va', 'Fla',
  'Calif', 'Mass', 'Conn', 'Penn', 'Tenn', 'Wash', 'Ariz', 'Colo', 'Ill', 'Mich', 'Minn', 'Wis', 'Okla', 'Ore',
  'No', 'Nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'al', 'e.g', 'i.e', 'a.m', 'p.m',
  'U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'U.S.A', 'F.B.I', 'C.I.A',
];
