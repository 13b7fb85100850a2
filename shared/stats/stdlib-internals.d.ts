/**
 * A function of stdlib's incomplete beta that its package does not export by name:
 * t-cdf-direct.ts follows that function's own path of the t CDF and needs the same prefix
 * (Boost's `regularised_gamma_prefix`: z^a e^{−z} / Γ(a), computed with the Lanczos sum).
 */
declare module '@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js' {
  export default function regularizedGammaPrefix(a: number, z: number): number;
}
