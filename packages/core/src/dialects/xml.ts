import type { Dialect } from '../model/types.js';
import { readXml } from '../xml/xml.js';
import { CLOUD_CODES } from './codes.js';

/**
 * Markup at the start of a body, and in group 1 an XML declaration or a root element that names an
 * error document (`ErrorResponse`, `Response`, `Error`, `TwilioResponse`, `problem`, any prefix).
 */
export const XML_START =
  /^\s*<(\?xml|(?:[\w.-]+:)?(?:ErrorResponse|Response|Error|TwilioResponse|problem)[\s/>])?/;

/**
 * XML error documents: AWS Query (`<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>`),
 * EC2 (`<Response><Errors><Error>…</Error></Errors><RequestID/>`), S3 and other REST-XML services
 * (`<Error><Code/><Message/><RequestId/>`, as Azure Storage sends it too), RFC 9457
 * `application/problem+xml` (`detail`, else `title`, as the message; `type` as the docs link) and
 * Twilio's `<TwilioResponse><RestException>` (`MoreInfo` as the docs link). Recognized by an XML
 * media type or, without one, by an XML declaration or one of those roots. Elements are matched by
 * local name whatever their prefix, the first of each name wins, and the markup is never shown:
 * a document the safe reader refuses (one with a `<!DOCTYPE>`) or an XHTML page gives the copy for
 * the status. Every element that holds only text is kept in `details`.
 */
export const xml: Dialect = {
  name: 'xml',
  codes: CLOUD_CODES,
  match(body, { headers }) {
    if (typeof body !== 'string') return false;
    const start = XML_START.exec(body.slice(0, 512));
    return start !== null && (start[1] !== undefined || !!headers.contentType?.includes('xml'));
  },
  read(body) {
    const leaves = readXml(body as string);
    if (leaves === undefined) return {};
    const { code, message, detail, title, requestid, moreinfo, type } = leaves;
    return {
      code,
      message: message ?? detail ?? title,
      requestId: requestid,
      docsUrl: moreinfo ?? type,
      details: leaves,
    };
  },
};
