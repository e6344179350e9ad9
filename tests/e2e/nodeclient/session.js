// A session with Microsoft's official azure-devops-node-api client against Slipway: discovery, the
// definitions list, a release with a manual stage, a deployment, an approval by another user, polling
// to success, and the deployments list. Prints one JSON line; exits non-zero on any failure.
const azdev = require('azure-devops-node-api');
const ri = require('azure-devops-node-api/interfaces/ReleaseInterfaces');

const [url, requesterToken, approverToken, project] = process.argv.slice(2);

async function main() {
  const requester = new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(requesterToken));
  const approver = new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(approverToken));
  const connection = await requester.connect();
  const release = await requester.getReleaseApi();
  const definitions = await release.getReleaseDefinitions(project);
  const web = definitions.find((d) => d.name === 'Web');
  if (!web) throw new Error('definition Web not listed');

  const created = await release.createRelease(
    { definitionId: web.id, description: 'from the node client', manualEnvironments: ['QA', 'Prod'] }, project);
  const qa = created.environments.find((e) => e.name === 'QA');
  await release.updateReleaseEnvironment({ status: ri.EnvironmentStatus.InProgress, comment: 'deploy QA' },
                                         project, created.id, qa.id);

  const approvals = await approver.getReleaseApi();
  let pending = [];
  for (let i = 0; i < 100 && pending.length === 0; ++i) {
    pending = (await approvals.getApprovals(project, 'bob')).filter((a) => a.release.id === created.id);
    if (pending.length === 0) await new Promise((r) => setTimeout(r, 100));
  }
  if (pending.length === 0) throw new Error('no approval appeared for bob');
  const approved = await approvals.updateReleaseApproval(
    { status: ri.ApprovalStatus.Approved, comments: 'ship it' }, project, pending[0].id);

  let status;
  for (let i = 0; i < 300; ++i) {
    const current = await release.getRelease(project, created.id);
    status = current.environments.find((e) => e.name === 'QA').status;
    if (status === ri.EnvironmentStatus.Succeeded || status === ri.EnvironmentStatus.Rejected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const deployments = await release.getDeployments(project, web.id);
  console.log(JSON.stringify({
    user: connection.authenticatedUser.providerDisplayName,
    definitions: definitions.length,
    release: created.name,
    approvalStatus: approved.status,
    qaStatus: status,
    deployments: deployments.length,
  }));
  if (status !== ri.EnvironmentStatus.Succeeded) process.exit(2);
}

main().catch((error) => {
  console.error(`node client failed: ${error.message} (status ${error.statusCode})`);
  process.exit(1);
});
