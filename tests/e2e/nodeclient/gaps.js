// The REST gaps Microsoft's azure-devops-node-api client used to hit, each through the client itself:
// continuationToken=0 and the release/deployment filters, PUT release description, a scheduled deploy,
// operationStatus=canceled, releaseEnvironment on approvals, reassign, identities with url/imageUrl,
// deployment shapes, and locations Slipway does not serve answering instead of failing in the client.
// Prints one JSON line of findings; exits non-zero on the first failed check.
const azdev = require('azure-devops-node-api');
const ri = require('azure-devops-node-api/interfaces/ReleaseInterfaces');

const [url, carolToken, bobToken, aliceToken, project] = process.argv.slice(2);
const api = async (token) => new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(token)).getReleaseApi();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function check(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
}
async function until(what, probe) {
  for (let i = 0; i < 300; ++i) {
    const value = await probe();
    if (value) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}
const stageOf = async (release, id, name) =>
  (await release.getRelease(project, id)).environments.find((e) => e.name === name);

async function main() {
  const carol = await api(carolToken);
  const bob = await api(bobToken);
  const alice = await api(aliceToken);
  const [web] = await carol.getReleaseDefinitions(project, 'Web', undefined, undefined, undefined, undefined, '0');
  check(web && web.name === 'Web', 'definitions with continuationToken 0');
  const created = await carol.createRelease(
    { definitionId: web.id, description: 'first', manualEnvironments: ['QA', 'Prod'] }, project);
  await until('Dev to succeed', async () =>
    (await stageOf(carol, created.id, 'Dev')).status === ri.EnvironmentStatus.Succeeded);

  // PUT release: the description changes.
  const current = await carol.getRelease(project, created.id);
  current.description = 'changed by PUT';
  const put = await carol.updateRelease(current, project, created.id);
  check(put.description === 'changed by PUT', `PUT description gave ${put.description}`);

  // A deploy with a time is scheduled, not started; canceling it leaves one canceled deployment.
  const qa = created.environments.find((e) => e.name === 'QA');
  const later = new Date(Date.now() + 3600 * 1000);
  await carol.updateReleaseEnvironment(
    { status: ri.EnvironmentStatus.InProgress, scheduledDeploymentTime: later, comment: 'tonight' },
    project, created.id, qa.id);
  const scheduled = await stageOf(carol, created.id, 'QA');
  check(scheduled.status === ri.EnvironmentStatus.Scheduled, `scheduled deploy gave status ${scheduled.status}`);
  check(scheduled.scheduledDeploymentTime && Math.abs(scheduled.scheduledDeploymentTime - later) < 1000,
        'scheduledDeploymentTime kept');
  await carol.updateReleaseEnvironment({ status: ri.EnvironmentStatus.Canceled }, project, created.id, qa.id);
  const canceled = await carol.getDeployments(project, web.id, undefined, undefined, undefined, undefined,
                                              undefined, ri.DeploymentOperationStatus.Canceled);
  check(canceled.length === 1 && canceled[0].releaseEnvironment.name === 'QA',
        `operationStatus=canceled gave ${canceled.length}`);
  const succeeded = await carol.getDeployments(project, web.id, undefined, undefined, undefined, undefined,
                                               undefined, ri.DeploymentOperationStatus.PhaseSucceeded);
  check(succeeded.length === 1 && succeeded[0].releaseEnvironment.name === 'Dev', 'operationStatus=phaseSucceeded');
  const future = await carol.getDeployments(project, web.id, undefined, undefined, later);
  check(future.length === 0, `minModifiedTime in the future gave ${future.length}`);
  const d = succeeded[0];
  check(d.releaseDefinition.name === 'Web' && d.release.id === created.id && d.releaseEnvironment.id > 0,
        'deployment references');

  // Deploy QA now: its approvals tell their stage; bob hands his to alice, who approves.
  await carol.updateReleaseEnvironment({ status: ri.EnvironmentStatus.InProgress }, project, created.id, qa.id);
  const approvals = await until('the QA approvals', async () => {
    const list = await carol.getApprovals(project, undefined, ri.ApprovalStatus.Pending, [created.id], undefined,
                                          undefined, 0);
    return list.length === 2 ? list : null;
  });
  const bobs = approvals.find((a) => a.releaseEnvironment.name === 'QA' && a.approver.uniqueName === 'bob');
  check(bobs, 'an approval of bob on QA');
  check(bobs.releaseEnvironment.id === qa.id && bobs.releaseEnvironment.releaseId === created.id &&
        bobs.releaseEnvironment.releaseDefinitionId === web.id, 'releaseEnvironment references');
  check(bobs.approver.url && bobs.approver.imageUrl && bobs.approver.url.startsWith(url), 'identity url, imageUrl');
  const handed = await bob.updateReleaseApproval({ reassignTo: { uniqueName: 'alice' }, comments: 'yours' },
                                                 project, bobs.id);
  check(handed.approver.uniqueName === 'alice' && handed.status === ri.ApprovalStatus.Pending, 'reassigned');
  const old = await carol.getApproval(project, bobs.id);
  check(old.status === ri.ApprovalStatus.Reassigned, `the old approval is ${old.status}`);
  await alice.updateReleaseApproval({ status: ri.ApprovalStatus.Approved, comments: 'ok' }, project, handed.id);
  await until('QA to succeed', async () =>
    (await stageOf(carol, created.id, 'QA')).status === ri.EnvironmentStatus.Succeeded);

  // Release filters.
  const other = await carol.createRelease({ definitionId: web.id, manualEnvironments: ['Dev', 'QA', 'Prod'] },
                                          project);
  const byId = await carol.getReleases(project, web.id, undefined, undefined, undefined, undefined, undefined,
                                       undefined, undefined, undefined, undefined, 0, ri.ReleaseExpands.Environments,
                                       undefined, undefined, undefined, undefined, undefined, undefined, undefined,
                                       [created.id]);
  check(byId.length === 1 && byId[0].id === created.id && byId[0].environments.length === 3,
        'releaseIdFilter with $expand=environments');
  const qaDone = await carol.getReleases(project, web.id, undefined, undefined, undefined, undefined,
                                         ri.EnvironmentStatus.Succeeded);
  check(qaDone.length === 1 && qaDone[0].id === created.id, 'environmentStatusFilter=succeeded');
  const none = await carol.getReleases(project, web.id, undefined, undefined, undefined, undefined, undefined, later);
  check(none.length === 0, 'minCreatedTime in the future');
  const before = await carol.getReleases(project, web.id, undefined, undefined, undefined, undefined, undefined,
                                         undefined, later);
  check(before.length === 2 && before.some((r) => r.id === other.id), 'maxCreatedTime in the future');

  // A location Slipway does not serve: found by the client, answered by the server.
  const tags = await carol.getReleaseTags(project, created.id); // a 404 resolves as null
  check(tags === null, 'getReleaseTags resolves with null');
  let refusal;
  try {
    await carol.addReleaseTag(project, created.id, 'x');
  } catch (error) {
    refusal = error;
  }
  check(refusal && refusal.statusCode === 405 && /tags/.test(refusal.message), `addReleaseTag: ${refusal}`);
  console.log(JSON.stringify({ release: created.id, reassignedTo: handed.approver.uniqueName,
                               refusal: refusal.message }));
}

main().catch((error) => {
  console.error(`node client failed: ${error.message} (status ${error.statusCode})`);
  process.exit(1);
});
