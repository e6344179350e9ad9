// Slipway's agents and pools through the client's TaskAgentApi (docs/rest-api.md#agent-pools): the pools by name and
// wildcard, the agents of a pool with their capabilities and what they run, the demands filter, and an
// administrator disabling an agent while a member may not.
// The server holds agents build-1 (pools linux, prod; java=17) and build-2 (pool linux). Prints one JSON line of
// findings; exits non-zero on the first failed check.
const azdev = require('azure-devops-node-api');
const ti = require('azure-devops-node-api/interfaces/TaskAgentInterfaces');

const [url, adminToken, memberToken] = process.argv.slice(2);
const api = async (token) => new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(token)).getTaskAgentApi();
function check(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
}

async function main() {
  const admin = await api(adminToken);
  const member = await api(memberToken);
  const pools = await admin.getAgentPools();
  check(pools.map((p) => p.name).join() === 'linux,prod', `pools ${pools.map((p) => p.name)}`);
  const [linux] = await admin.getAgentPools('LIN*', undefined, ti.TaskAgentPoolType.Automation,
                                            ti.TaskAgentPoolActionFilter.Use);
  check(linux && linux.name === 'linux' && linux.size === 2, `wildcard gave ${JSON.stringify(linux)}`);
  const groups = await admin.getAgentPools(undefined, undefined, ti.TaskAgentPoolType.Deployment);
  check(groups.length === 0, 'deployment pools listed');
  const byId = await admin.getAgentPool(linux.id);
  check(byId.name === 'linux', 'pool by id');

  const agents = await admin.getAgents(linux.id, undefined, true, true);
  check(agents.map((a) => a.name).join() === 'build-1,build-2', `agents ${agents.map((a) => a.name)}`);
  const [build1] = agents;
  check(build1.status === ti.TaskAgentStatus.Online, `status ${build1.status}`);
  check(build1.userCapabilities.java === '17', 'user capabilities');
  check(build1.systemCapabilities['Agent.OS'] === 'Linux', 'system capabilities');
  check(build1.createdOn instanceof Date, 'dates parsed');
  const java = await admin.getAgents(linux.id, undefined, undefined, undefined, undefined, undefined,
                                     ['java -equals 17']);
  check(java.length === 1 && java[0].name === 'build-1', `demands gave ${java.map((a) => a.name)}`);
  const present = await admin.getAgents(linux.id, undefined, undefined, undefined, undefined, undefined, ['java']);
  check(present.length === 1, 'a demand for presence');

  let refusal = '';
  try {
    await member.updateAgent({ enabled: false }, linux.id, build1.id);
  } catch (err) {
    refusal = `${err.statusCode} ${err.message}`;
  }
  check(refusal.startsWith('403'), `a member disabled an agent: ${refusal}`);
  const disabled = await admin.updateAgent({ enabled: false }, linux.id, build1.id);
  check(disabled.enabled === false, 'disabled');
  const reread = await admin.getAgent(linux.id, build1.id);
  check(reread.enabled === false, 'disabled on reading');

  // The client reads a 404 as "none".
  const unknown = await admin.getAgent(linux.id, 1);
  check(unknown === null, `an unknown agent gave ${JSON.stringify(unknown)}`);
  console.log(JSON.stringify({ pools: pools.length, agents: agents.length, refusal, disabled: !reread.enabled }));
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
