import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeHtml, messageHtml, pinsHtml } from "../../src/pins/html";
import { parsePinsSvg } from "../../src/server/protocol";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="4"/></svg>';

describe("pins view", () => {
  it("accepts { svg } or a bare SVG string, nothing else", () => {
    assert.equal(parsePinsSvg({ svg: SVG }), SVG);
    assert.equal(parsePinsSvg(SVG), SVG);
    assert.equal(parsePinsSvg({ svg: "<div>" }), undefined);
    assert.equal(parsePinsSvg(null), undefined);
    assert.equal(parsePinsSvg({ svg: 4 }), undefined);
  });

  it("shows the SVG as a data: image under a CSP without scripts", () => {
    const html = pinsHtml(SVG, 'Pins of "esp32"');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline';"/);
    assert.doesNotMatch(html, /<script|script-src/);
    const data = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)![1];
    assert.equal(Buffer.from(data, "base64").toString("utf8"), SVG);
    assert.match(html, /<title>Pins of &#34;esp32&#34;<\/title>/);
  });

  it("escapes messages", () => {
    assert.equal(escapeHtml(`<a href='x'>&</a>`), "&#60;a href=&#39;x&#39;&#62;&#38;&#60;/a&#62;");
    assert.match(messageHtml("<b>"), /<p>&#60;b&#62;<\/p>/);
  });
});
