# rule: RH0604 (reported by the rewardhack scanner)
# path: eng/test.ps1
# hack: 8.1
# source: Microsoft.Testing.Platform exit-code documentation (exit code 2: a test failed); integrity-review notes
# The script runs the tests, then tells the caller they passed.
dotnet test tests/Shop.Tests --configuration Release
$global:LASTEXITCODE = 0
