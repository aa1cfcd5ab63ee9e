import axe from "axe-core";

// WCAG 2.0 and 2.1, levels A and AA: the level public-sector and most enterprise customers require.
const wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core in the frame as it is now and returns its WCAG 2.1 AA violations, one line each
 * ("rule: selector, selector"), so a failing assertion says what to fix. Playwright evaluates the script
 * through the DevTools protocol, which the page's Content-Security-Policy does not restrict.
 */
export async function wcagViolations(frame) {
  await frame.evaluate(axe.source);
  return frame.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  }, wcag21AA);
}
