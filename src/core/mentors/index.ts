export { findMentor, compareKeys, type MentorDistrict, type MentorChoice, type MentorMatch } from "./mentor";
