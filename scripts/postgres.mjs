// Where the tests find PostgreSQL: TEST_DATABASE_URL, a database the tests may empty. Fails
// early, in plain words, when there is none (`.ci/run` starts a throwaway one).
import pg from 'pg';

const help = `The insights tests need a PostgreSQL server they may empty. Either:
  - run .ci/run (as root), which installs Debian's postgresql and starts a throwaway server, or
  - sudo apt-get install -y postgresql && sudo pg_ctlcluster 15 main start
    sudo -u postgres createdb insights_test
    export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/insights_test
    (allow that login in pg_hba.conf, or put a user and password in the URL)`;

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.error(`TEST_DATABASE_URL is not set.\n${help}`);
  process.exit(1);
}
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
  await client.query('select 1');
  await client.end();
} catch (error) {
  console.error(`Cannot reach TEST_DATABASE_URL (${error.message}).\n${help}`);
  process.exit(1);
}
