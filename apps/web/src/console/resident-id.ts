/** 18 characters, the last a digit or X: a 身份证号, whose queries need a purpose (the api checks the rest). */
export function looksLikeResidentId(text: string): boolean {
  return /^\d{17}[\dXx]$/.test(text.trim());
}
