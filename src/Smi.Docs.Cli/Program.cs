using Smi.Docs.Cli;

return await SmiDocsCli.RunAsync(args, Console.Out, Console.Error);
