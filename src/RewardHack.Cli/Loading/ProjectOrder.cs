using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Orders projects so every project comes after the projects it references (a compilation needs its references built
    /// first). A reference cycle is broken at the edge that closes it, with a notice.
    /// </summary>
    public static class ProjectOrder
    {
        public static ImmutableArray<ProjectDescription> Topological(IReadOnlyList<ProjectDescription> projects, NoticeLog notices)
        {
            var byFile = projects.Where(p => p.ProjectFile is not null).ToDictionary(p => p.ProjectFile!, ScanPaths.Comparer);
            var done = new HashSet<ProjectDescription>();
            var inProgress = new HashSet<ProjectDescription>();
            var order = ImmutableArray.CreateBuilder<ProjectDescription>(projects.Count);

            void Visit(ProjectDescription project)
            {
                if (done.Contains(project))
                {
                    return;
                }

                inProgress.Add(project);
                foreach (var reference in project.ProjectReferences)
                {
                    if (!byFile.TryGetValue(reference, out var referenced))
                    {
                        continue;
                    }

                    if (inProgress.Contains(referenced))
                    {
                        notices.Add(project.ProjectFile!, $"project reference cycle: the reference to {referenced.Name} is ignored");
                        continue;
                    }

                    Visit(referenced);
                }

                inProgress.Remove(project);
                done.Add(project);
                order.Add(project);
            }

            foreach (var project in projects)
            {
                Visit(project);
            }

            return order.ToImmutable();
        }
    }
}
