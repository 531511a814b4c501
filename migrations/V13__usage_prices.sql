-- What one unit of metered work costs us at AWS, for `GET /usage`'s estimate: per kind of work
-- (a send, a verification, a resume parse, a reply processed), what it uses of each service and
-- at what published price. One table, so a price change is one new migration and no code.
--
-- Prices are AWS's published on-demand prices for us-east-1 (x86 Lambda, SQS standard queues,
-- S3 Standard, DynamoDB on-demand) when this was written; free tiers are ignored, so the
-- estimate is an upper bound. Quantities are what the functions do per unit of work, counted
-- from the code paths (named in `basis`).

CREATE TABLE usage_prices (
    work            text NOT NULL CHECK (work IN ('send', 'verification', 'resume_parse', 'reply')),
    service         text NOT NULL CHECK (service IN ('ses', 'lambda', 'sqs', 's3', 'dynamodb')),
    -- What is priced, in the unit the price is per ("outbound email", "request", "GB-second").
    item            text NOT NULL,
    quantity        numeric NOT NULL CHECK (quantity >= 0),
    usd_per_unit    numeric NOT NULL CHECK (usd_per_unit >= 0),
    basis           text NOT NULL,
    PRIMARY KEY (work, service, item)
);

INSERT INTO usage_prices (work, service, item, quantity, usd_per_unit, basis) VALUES
-- A send: the scheduler's share of a tick, the mail worker's invocation, about three SES events
-- (Send, Delivery, and an open, click or bounce) each an invocation of ses-events.
('send', 'ses', 'outbound email', 1, 0.0001,
 'SES: $0.10 per 1,000 emails sent'),
('send', 'lambda', 'request', 4, 0.0000002,
 'Lambda: $0.20 per 1M requests; scheduler share, mail worker, ~3 SES events'),
('send', 'lambda', 'GB-second', 0.05, 0.0000166667,
 'Lambda: $0.0000166667 per GB-second; 4 invocations of ~100 ms at 128 MB'),
('send', 'sqs', 'request', 3, 0.0000004,
 'SQS: $0.40 per 1M requests; send, receive, delete of the mail job'),
-- A verification: one job per batch of contacts on the verify queue, one worker invocation,
-- DNS lookups (free).
('verification', 'lambda', 'request', 1, 0.0000002,
 'Lambda: $0.20 per 1M requests; the verify worker'),
('verification', 'lambda', 'GB-second', 0.025, 0.0000166667,
 'Lambda: $0.0000166667 per GB-second; ~200 ms at 128 MB'),
('verification', 'sqs', 'request', 3, 0.0000004,
 'SQS: $0.40 per 1M requests; send, receive, delete'),
-- A resume parse: the upload (a PUT), the parser reading it (a GET), the S3 notification on a
-- queue, the parser's invocation, and the API request's rate-limit write.
('resume_parse', 's3', 'PUT request', 1, 0.000005,
 'S3 Standard: $0.005 per 1,000 PUT requests'),
('resume_parse', 's3', 'GET request', 1, 0.0000004,
 'S3 Standard: $0.0004 per 1,000 GET requests'),
('resume_parse', 'sqs', 'request', 3, 0.0000004,
 'SQS: $0.40 per 1M requests; notification, receive, delete'),
('resume_parse', 'lambda', 'request', 2, 0.0000002,
 'Lambda: $0.20 per 1M requests; the upload API call and the parser'),
('resume_parse', 'lambda', 'GB-second', 0.5, 0.0000166667,
 'Lambda: $0.0000166667 per GB-second; the parser, ~1 s at 512 MB'),
('resume_parse', 'dynamodb', 'write request unit', 1, 0.000000625,
 'DynamoDB on-demand: $0.625 per 1M write request units; the rate limit of the upload'),
-- A reply processed: SES receiving it (per message and per 256 KB chunk), storing it in S3, the
-- notification queue, the reply worker, and the forward to the seeker (one more outbound email).
('reply', 'ses', 'inbound email', 1, 0.0001,
 'SES: $0.10 per 1,000 emails received'),
('reply', 'ses', 'inbound 256 KB chunk', 1, 0.00009,
 'SES: $0.09 per 1,000 incoming mail chunks of 256 KB'),
('reply', 'ses', 'outbound email', 1, 0.0001,
 'SES: $0.10 per 1,000 emails sent; the forward to the seeker'),
('reply', 's3', 'PUT request', 1, 0.000005,
 'S3 Standard: $0.005 per 1,000 PUT requests; the receipt rule storing the message'),
('reply', 's3', 'GET request', 1, 0.0000004,
 'S3 Standard: $0.0004 per 1,000 GET requests; the reply worker reading it'),
('reply', 'sqs', 'request', 3, 0.0000004,
 'SQS: $0.40 per 1M requests; notification, receive, delete'),
('reply', 'lambda', 'request', 2, 0.0000002,
 'Lambda: $0.20 per 1M requests; the reply worker and the mail worker'),
('reply', 'lambda', 'GB-second', 0.025, 0.0000166667,
 'Lambda: $0.0000166667 per GB-second; ~100 ms each at 128 MB');
