import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const XML = { 'content-type': 'application/xml' };

describe('xml dialect: AWS', () => {
  // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#RESTErrorResponses
  // (https://github.com/awsdocs/amazon-s3-developer-guide/blob/e799f25f4fcde8d5b0332d0c4fe631090f4dd466/doc_source/UsingRESTError.md)
  const s3NoSuchKey = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The resource you requested does not exist</Message>
  <Resource>/mybucket/myfoto.jpg</Resource> 
  <RequestId>4442587FB7D0A2F9</RequestId>
</Error>`;

  it('reads the code, message and request id of an S3 error document', () => {
    const error = decodeError({ status: 404, headers: XML, body: s3NoSuchKey });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'not_found',
      code: 'NoSuchKey',
      message: 'The resource you requested does not exist',
      requestId: '4442587FB7D0A2F9',
      details: { resource: '/mybucket/myfoto.jpg' },
    });
  });

  it('explains the S3 error document: each field from its element', () => {
    const explained = explainDecode({ status: 404, headers: XML, body: s3NoSuchKey });
    expect(explained.dialect).toBe('xml');
    expect(explained.sources).toMatchObject({
      kind: 'status',
      code: 'body:code',
      message: 'body:message',
      requestId: 'body:requestid',
    });
  });

  it('recognizes an S3 error document sent without a content type', () => {
    const error = decodeError({ status: 404, body: s3NoSuchKey });
    expect(error).toMatchObject({ format: 'xml', code: 'NoSuchKey', requestId: '4442587FB7D0A2F9' });
  });

  it('reads an SQS Query error and joins the lines of its message', () => {
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html#sqs-api-error-response-structure
    // (https://github.com/awsdocs/amazon-sqs-developer-guide/blob/845a7c7e3a42a17de44b80ce082565124f8245dd/doc_source/sqs-api-responses.md)
    const body = `<ErrorResponse>
   <Error>
      <Type>Sender</Type>
      <Code>InvalidParameterValue</Code>
      <Message>
         Value (quename_nonalpha) for parameter QueueName is invalid.
         Must be an alphanumeric String of 1 to 80 in length.
      </Message>
   </Error>
   <RequestId>42d59b56-7407-4c4a-be0f-4c88daeea257</RequestId>
</ErrorResponse>`;
    const error = decodeError({ status: 400, headers: { 'content-type': 'text/xml' }, body });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'validation',
      code: 'InvalidParameterValue',
      message:
        'Value (quename_nonalpha) for parameter QueueName is invalid. Must be an alphanumeric String of 1 to 80 in length.',
      requestId: '42d59b56-7407-4c4a-be0f-4c88daeea257',
    });
  });

  it('trims the padded elements of an SES Query error', () => {
    // https://docs.aws.amazon.com/ses/latest/dg/using-ses-api-responses.html
    const body = `<ErrorResponse>
   <Error>
      <Type>
         Sender
      </Type>
      <Code>
         ValidationError
      </Code>
      <Message>
         Value null at 'message.subject' failed to satisfy constraint: Member must not be null
      </Message>
   </Error>
   <RequestId>
      42d59b56-7407-4c4a-be0f-4c88daeea257
   </RequestId>
</ErrorResponse>`;
    const error = decodeError({ status: 400, body });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'validation',
      code: 'ValidationError',
      message: "Value null at 'message.subject' failed to satisfy constraint: Member must not be null",
      requestId: '42d59b56-7407-4c4a-be0f-4c88daeea257',
    });
  });

  it('reads the first error of an EC2 error response and its RequestID', () => {
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html#api-error-response
    const body = `<Response>
    <Errors>
         <Error>
           <Code>InvalidInstanceID.NotFound</Code>
           <Message>The instance ID 'i-1a2b3c4d' does not exist</Message>
         </Error>
    </Errors>
    <RequestID>ea966190-f9aa-478e-9ede-example</RequestID>
</Response>`;
    const error = decodeError({ status: 400, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'bad_request',
      code: 'InvalidInstanceID.NotFound',
      message: "The instance ID 'i-1a2b3c4d' does not exist",
      requestId: 'ea966190-f9aa-478e-9ede-example',
    });
  });

  it('reads a namespaced Route 53 Throttling error as a rate limit, though sent with 400', () => {
    // https://github.com/boto/boto/blob/08f3719879e0a2c06381f8bdf52a5bcff7b8e09a/tests/unit/route53/test_connection.py
    const body = `<?xml version="1.0"?>
<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>19d0a9a0-f3d9-11e4-a611-c321a3a00f9c</RequestId></ErrorResponse>
`;
    const error = decodeError({ status: 400, headers: XML, body });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'rate_limited',
      retryable: true,
      code: 'Throttling',
      message: 'Rate exceeded',
      requestId: '19d0a9a0-f3d9-11e4-a611-c321a3a00f9c',
    });
  });
});

describe('xml dialect: Azure Storage', () => {
  it('reads the code and message and keeps the extra elements in details', () => {
    // https://learn.microsoft.com/en-us/rest/api/storageservices/status-and-error-codes2
    // (as first published at http://msdn.microsoft.com/en-us/library/windowsazure/dd179382.aspx)
    const body = `<?xml version="1.0" encoding="utf-8"?>
<Error>
  <Code>InvalidQueryParameterValue</Code>
  <Message>Value for one of the query parameters specified in the request URI is invalid.</Message>
  <QueryParameterName>popreceipt</QueryParameterName>
  <QueryParameterValue>33537277-6a52-4a2b-b4eb-0f905051827b</QueryParameterValue>
  <Reason>invalid receipt format</Reason>
</Error>`;
    const error = decodeError({ status: 400, headers: XML, body });
    expect(error).toMatchObject({
      format: 'xml',
      code: 'InvalidQueryParameterValue',
      message: 'Value for one of the query parameters specified in the request URI is invalid.',
      details: { queryparametername: 'popreceipt', reason: 'invalid receipt format' },
    });
  });
});

describe('xml dialect: RFC 9457 problem details in XML', () => {
  it('reads detail as the message and the type URI as the docs link', () => {
    // https://www.rfc-editor.org/rfc/rfc9457.html#appendix-B
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<problem xmlns="urn:ietf:rfc:7807">
  <type>https://example.com/probs/out-of-credit</type>
  <title>You do not have enough credit.</title>
  <detail>Your current balance is 30, but that costs 50.</detail>
  <instance>https://example.net/account/12345/msgs/abc</instance>
  <balance>30</balance>
  <accounts>
    <i>https://example.net/account/12345</i>
    <i>https://example.net/account/67890</i>
  </accounts>
</problem>`;
    const error = decodeError({
      status: 403,
      headers: { 'content-type': 'application/problem+xml', 'content-language': 'en' },
      body,
    });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'forbidden',
      code: 'forbidden',
      message: 'Your current balance is 30, but that costs 50.',
      docsUrl: 'https://example.com/probs/out-of-credit',
      details: { balance: '30', instance: 'https://example.net/account/12345/msgs/abc' },
    });
  });

  it('leaves an about:blank type out of the docs link (Spring ProblemDetail)', () => {
    // https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/test/java/org/springframework/http/converter/json/ProblemDetailJacksonMixinTests.java
    const body = `<problem xmlns="urn:ietf:rfc:7807">
	<type>about:blank</type>
	<title>Bad Request</title>
	<status>400</status>
	<detail>Missing header</detail>
	<host>abc.org</host>
</problem>`;
    const error = decodeError({ status: 400, headers: { 'content-type': 'application/problem+xml' }, body });
    expect(error).toMatchObject({ format: 'xml', kind: 'bad_request', message: 'Missing header' });
    expect(error.docsUrl).toBeUndefined();
    // Without its content type too: the root, with its attribute, names a problem document.
    expect(decodeError({ status: 400, body })).toMatchObject({ format: 'xml', message: 'Missing header' });
  });

  it('reads the problem document Symfony renders for a server error', () => {
    // https://github.com/symfony/symfony/blob/14080ce5b5dbd3a7e469577bf781dd23bf46870e/src/Symfony/Component/ErrorRenderer/Tests/ErrorRenderer/XmlErrorRendererTest.php
    const body = `<?xml version="1.0" encoding="UTF-8" ?>
<problem xmlns="urn:ietf:rfc:7807">
    <title>Internal Server Error</title>
    <status>500</status>
    <detail>Whoops, looks like something went wrong.</detail>
    
</problem>`;
    const error = decodeError({ status: 500, headers: { 'content-type': 'application/problem+xml' }, body });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'server',
      message: 'Whoops, looks like something went wrong.',
    });
  });
});

describe('xml dialect: Twilio', () => {
  // https://www.twilio.com/docs/api/2008-08-01/rest/response (Exceptions)
  it('reads the message of a RestException without a code', () => {
    const body = `<TwilioResponse> 
    <RestException> 
        <Status>404</Status> 
        <Message>The requested resource was not found</Message> 
    </RestException> 
</TwilioResponse>`;
    const error = decodeError({ status: 404, body });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'not_found',
      code: 'not_found',
      message: 'The requested resource was not found',
    });
  });

  const noCalledNumber = `<TwilioResponse> 
    <RestException> 
        <Status>400</Status> 
        <Message>No called number is specified</Message> 
        <Code>21201</Code> 
        <MoreInfo>http://www.twilio.com/docs/errors/21201</MoreInfo> 
    </RestException> 
</TwilioResponse>`;

  it('explains the RestException: the code, message and docs link from their elements', () => {
    const { sources } = explainDecode({ status: 400, headers: XML, body: noCalledNumber });
    expect(sources).toMatchObject({ code: 'body:code', message: 'body:message', docsUrl: 'body:moreinfo' });
  });

  it('reads the code and takes MoreInfo as the docs link', () => {
    const error = decodeError({ status: 400, headers: XML, body: noCalledNumber });
    expect(error).toMatchObject({
      format: 'xml',
      kind: 'bad_request',
      code: '21201',
      message: 'No called number is specified',
      docsUrl: 'http://www.twilio.com/docs/errors/21201',
    });
  });
});

describe('xml dialect: what it leaves to others', () => {
  it('leaves an HTML page to the html dialect', () => {
    const body = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    const error = decodeError({ status: 502, headers: { 'content-type': 'text/html' }, body });
    expect(error.format).toBe('html');
  });

  it('shows nothing of an XHTML page that opens with an XML declaration', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Site down</title></head><body><p>Back soon.</p></body></html>';
    const error = decodeError({ status: 503, body });
    expect(error.format).toBe('xml');
    expect(error.message).toBe('The service is temporarily unavailable.');
    expect(error.details).toBeUndefined();
  });

  it('leaves plain text sent as XML to the text dialect', () => {
    const error = decodeError({ status: 503, headers: XML, body: 'Service is down for maintenance.' });
    expect(error).toMatchObject({ format: 'text', message: 'Service is down for maintenance.' });
  });

  it('leaves markup of an unknown root without an XML media type unread', () => {
    const error = decodeError({ status: 400, body: '<Fault><Code>X</Code></Fault>' });
    expect(error).toMatchObject({ format: 'text', code: 'bad_request' });
  });

  it('leaves markup that is neither a page nor an XML document to the text dialect, which never shows it', () => {
    const body = '<h1>502 Bad Gateway</h1>';
    const error = decodeError({ status: 502, headers: { 'content-type': 'text/plain' }, body });
    expect(error).toMatchObject({ format: 'text', message: 'A service we depend on sent a bad answer.' });
  });

  it('looks for the start of a document in the first 512 characters only', () => {
    const s3 =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
    expect(decodeError({ status: 503, body: s3 }).format).toBe('xml');
    expect(decodeError({ status: 503, body: `${' '.repeat(600)}${s3}` }).format).toBe('text');
  });

  it('recognizes a document without a content type by its root, after blank lines, with attributes or a prefix', () => {
    // The Route 53 error of the test above, without its declaration; as a JAXB service writes it
    // (prefix ns2); and after a blank line.
    const route53 =
      '<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>19d0a9a0-f3d9-11e4-a611-c321a3a00f9c</RequestId></ErrorResponse>';
    const prefixed = route53
      .replace(/<(\/?)ErrorResponse/g, '<$1ns2:ErrorResponse')
      .replace('xmlns=', 'xmlns:ns2=');
    for (const body of [route53, prefixed, `\r\n  ${route53}`]) {
      expect(decodeError({ status: 400, body })).toMatchObject({
        format: 'xml',
        code: 'Throttling',
        kind: 'rate_limited',
      });
    }
  });

  it('leaves a sentence that mentions an element to the text dialect', () => {
    const body = 'Expected an <Error> element in the request body.';
    expect(decodeError({ status: 400, body })).toMatchObject({ format: 'text', message: body });
  });

  it('reads an unknown root when the media type says XML', () => {
    const body = '<Fault><Code>QuotaExceeded</Code><Message>Too many widgets.</Message></Fault>';
    const error = decodeError({ status: 400, headers: { 'content-type': 'application/vnd.acme+xml' }, body });
    expect(error).toMatchObject({ format: 'xml', code: 'QuotaExceeded', message: 'Too many widgets.' });
  });
});
